/**
 * A chart with its table beside it: a toggle between the two (the chart drawn by AnswerChart, the
 * table of the same figures), and the chart as a PNG file.
 */
import { useRef, useState, type ReactNode } from 'react';
import { chartFileName, svgToPngBlob } from '../lib/chart-png.js';
import { download } from '../lib/download.js';
import type { ChartSpec } from '../lib/chart.js';
import { formatFigure } from '../lib/format.js';
import { useLanguage } from './LanguageProvider.js';
import './answer-tools.css';

type View = 'chart' | 'table';

export function ChartTable({ spec, children }: { spec: ChartSpec; children: ReactNode }) {
  const { t, lang } = useLanguage();
  const [view, setView] = useState<View>('chart');
  const [problem, setProblem] = useState('');
  const frame = useRef<HTMLDivElement>(null);
  const title = spec.kind === 'funnel' ? spec.data.map((d) => d.name).join(' → ') : t(spec.title);
  const shown = (d: { value: number; unit: string | null }) => formatFigure(d.value, d.unit, null, lang).text;

  const savePng = async () => {
    setProblem('');
    const svgs = [...(frame.current?.querySelectorAll<SVGSVGElement>('svg.recharts-surface') ?? [])];
    // The chart itself is the largest drawing (legends and icons are small ones).
    const svg = svgs.sort((a, b) => b.getBoundingClientRect().height - a.getBoundingClientRect().height)[0];
    try {
      if (!svg) throw new Error(t('loading'));
      download(await svgToPngBlob(svg), chartFileName(title));
    } catch (error) {
      setProblem(t('downloadFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <div className={`chart-table view-${view}`}>
      <div className="chart-table-bar">
        <div className="view-toggle" role="group" aria-label={t('chartView')}>
          {(['chart', 'table'] as const).map((v) => (
            <button key={v} type="button" className="toggle-button" aria-pressed={view === v} onClick={() => setView(v)}>
              {v === 'chart' ? t('showChart') : t('showTable')}
            </button>
          ))}
        </div>
        {view === 'chart' && (
          <button type="button" className="tool-button png-button" onClick={() => void savePng()}>
            {t('downloadPng')}
          </button>
        )}
      </div>
      {problem && <p className="tool-status" role="alert">{problem}</p>}
      <div ref={frame} hidden={view !== 'chart'}>{view === 'chart' && children}</div>
      {view === 'table' && (
        <table className="chart-data-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tableItem')}</th>
              <th scope="col" className="number">{t('tableValue')}</th>
            </tr>
          </thead>
          <tbody>
            {spec.total && (
              <tr className="total-row">
                <th scope="row">{spec.total.label}</th>
                <td className="number">{shown(spec.total)}</td>
              </tr>
            )}
            {spec.data.map((d, i) => (
              <tr key={`${d.label}-${i}`}>
                <th scope="row">{d.label}</th>
                <td className="number">{shown(d)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
