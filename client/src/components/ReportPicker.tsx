import { useQuery } from '@apollo/client/react';
import { ReportsQuery } from '../operations.js';
import { useLanguage } from './LanguageProvider.js';

/** A choice among the reports held, for the report and brief pages: choosing one opens its page. */
export function ReportPicker({ reportId, hrefOf }: { reportId: string; hrefOf: (id: string) => string }) {
  const { t, lang } = useLanguage();
  const reports = useQuery(ReportsQuery);
  const list = reports.data?.reports ?? [];
  if (list.length < 2) return null;
  return (
    <label className="report-picker no-print">
      <span>{t('pickReport')}</span>
      <select value={reportId} onChange={(e) => { window.location.hash = hrefOf(e.target.value); }}>
        {list.map((r) => (
          <option key={r.id} value={r.id}>
            {lang === 'zh' ? r.regionShort : r.regionEn} {r.year}
          </option>
        ))}
      </select>
    </label>
  );
}
