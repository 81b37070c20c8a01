import { Bar, BarChart, CartesianGrid, Cell, Funnel, FunnelChart, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartSpec } from '../lib/chart.js';
import { formatFigure } from '../lib/format.js';
import { truncate } from '../lib/labels.js';
import { useLanguage } from './LanguageProvider.js';

const PALETTE = ['#1f4e8c', '#2e6bb0', '#4f8acb', '#7fa9dc', '#a9c5e8', '#cfdff2'];
const INK = '#26303d';

/** A chart of the answer's figures: the parts of a total, a received → concluded funnel, or a comparison. */
export function AnswerChart({ spec }: { spec: ChartSpec }) {
  const { t, lang } = useLanguage();
  const data = spec.data.map((d, i) => {
    const display = formatFigure(d.value, d.unit, null, lang).text;
    return { ...d, display, caption: `${d.name} ${display}`, fill: PALETTE[Math.min(i, PALETTE.length - 1)] };
  });
  // A funnel is titled by its steps: 收到 → 受理 → 审结, or the two of them a share is made of.
  const title = spec.kind === 'funnel' ? data.map((d) => d.name).join(' → ') : t(spec.title);
  const total = spec.total ? `${spec.total.label}${t('colon')}${formatFigure(spec.total.value, spec.total.unit, null, lang).text}` : null;
  const tooltip = (
    <Tooltip
      cursor={{ fill: 'rgba(31, 78, 140, 0.06)' }}
      formatter={(_value, _name, item) => [(item.payload as { display: string }).display, (item.payload as { label: string }).label]}
      labelFormatter={() => ''}
    />
  );

  let chart;
  if (spec.kind === 'funnel') {
    chart = (
      <FunnelChart responsive style={{ width: '100%', height: 64 * data.length + 16 }} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        {tooltip}
        <Funnel dataKey="value" nameKey="name" data={data} isAnimationActive={false} stroke="#fff" lastShapeType="rectangle">
          <LabelList position="center" dataKey="caption" fill="#fff" stroke="none" fontSize={13} fontWeight={600} />
        </Funnel>
      </FunnelChart>
    );
  } else if (spec.kind === 'breakdown' || spec.kind === 'ranking') {
    const longest = Math.max(...data.map((d) => Math.min(Array.from(d.name).length, lang === 'zh' ? 9 : 22)));
    const axisWidth = Math.min(lang === 'zh' ? 13 * longest + 12 : 6.5 * longest + 12, 150);
    chart = (
      <BarChart responsive style={{ width: '100%', height: 34 * data.length + 16 }} data={data} layout="vertical" margin={{ top: 8, right: 56, bottom: 8, left: 0 }}>
        <CartesianGrid horizontal={false} stroke="#e6e9ef" />
        <XAxis type="number" hide />
        <YAxis
          type="category"
          dataKey="name"
          width={axisWidth}
          axisLine={false}
          tickLine={false}
          tick={{ fontSize: 12, fill: INK }}
          tickFormatter={(name: string) => truncate(name, lang === 'zh' ? 9 : 22)}
        />
        {tooltip}
        <Bar dataKey="value" fill={PALETTE[1]} barSize={18} radius={[0, 3, 3, 0]} isAnimationActive={false}>
          <LabelList dataKey="display" position="right" fontSize={12} fill={INK} />
        </Bar>
      </BarChart>
    );
  } else {
    chart = (
      <BarChart responsive style={{ width: '100%', height: 220 }} data={data} margin={{ top: 24, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid vertical={false} stroke="#e6e9ef" />
        <XAxis dataKey="name" interval={0} axisLine={false} tickLine={false} tick={{ fontSize: 12, fill: INK }} tickFormatter={(name: string) => truncate(name, lang === 'zh' ? 8 : 18)} />
        <YAxis hide />
        {tooltip}
        <Bar dataKey="value" maxBarSize={56} radius={[3, 3, 0, 0]} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.name} fill={d.fill} />
          ))}
          <LabelList dataKey="display" position="top" fontSize={12} fill={INK} />
        </Bar>
      </BarChart>
    );
  }

  return (
    <figure className={`answer-chart chart-${spec.kind}`} aria-label={t('chartOf', { title })}>
      <figcaption>
        <span className="chart-title">{title}</span>
        {total && <span className="chart-total">{total}</span>}
      </figcaption>
      <div className="chart-frame" aria-hidden="true">
        {chart}
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <tbody>
          {data.map((d) => (
            <tr key={d.name}>
              <th scope="row">{d.label}</th>
              <td>{d.display}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
