import { useQuery } from '@apollo/client/react';
import { ReportsQuery } from '../operations.js';
import { useLanguage } from './LanguageProvider.js';

/** Where questions are read: all reports, or one (sent to ask as its scope). */
export function ScopeSelector({ scope, onScope }: { scope?: string; onScope(reportId: string | undefined): void }) {
  const { t, lang } = useLanguage();
  const reports = useQuery(ReportsQuery);
  const list = reports.data?.reports ?? [];
  if (list.length < 2) return null;
  return (
    <label className="scope-selector">
      <span>{t('askScope')}</span>
      <select value={scope ?? ''} onChange={(e) => onScope(e.target.value || undefined)}>
        <option value="">{t('allReports')}</option>
        {list.map((r) => (
          <option key={r.id} value={r.id}>{lang === 'zh' ? r.regionShort : r.regionEn} {r.year}</option>
        ))}
      </select>
    </label>
  );
}
