/** Which chart, if any, says more than the answer's numbers alone, and the data to draw it from. */
import { shortLabels } from './labels.js';
import { TENTATIVE_LABEL, tentativeMark } from './label-confidence.js';
import type { Lang, MessageKey } from './i18n.js';
import type { Fact } from './types.js';

export interface ChartDatum {
  /** Short name for the axis. */
  name: string;
  /** The figure's full label, for the tooltip. */
  label: string;
  value: number;
  unit: string | null;
}

export interface ChartSpec {
  /** breakdown: parts of a total; funnel: received → accepted → concluded; compare: figures side by side; ranking: reports by one figure. */
  kind: 'breakdown' | 'funnel' | 'compare' | 'ranking';
  title: MessageKey;
  /** For a breakdown, the stated total. */
  total: ChartDatum | null;
  data: ChartDatum[];
}

/** The order a case goes through; measure keys as in metric ids (…/administrative-reconsideration.accepted). */
export const FUNNEL_MEASURES = ['received', 'accepted', 'concluded'] as const;

const MEASURE_NAMES: Record<(typeof FUNNEL_MEASURES)[number], Record<Lang, string>> = {
  received: { zh: '收到', en: 'Received' },
  accepted: { zh: '受理', en: 'Accepted' },
  concluded: { zh: '审结', en: 'Concluded' },
};

/** ziyun-2024/administrative-reconsideration.concluded → { topic: administrative-reconsideration, measure: concluded } */
export function metricKey(metricId: string | null | undefined): { topic: string; measure: string } | null {
  const key = metricId?.split('/').pop();
  const dot = key?.lastIndexOf('.') ?? -1;
  if (!key || dot <= 0) return null;
  return { topic: key.slice(0, dot), measure: key.slice(dot + 1) };
}

type Figure = Pick<Fact, 'kind' | 'label' | 'value' | 'unit' | 'metricId' | 'reportId' | 'region' | 'year'> & { value: number; tentative: boolean };

/** The answer's figures; a guessed label loses the answer's long mark here and gets a chart's short one. */
function figuresOf(facts: readonly Fact[]): Figure[] {
  return facts
    .filter((f): f is Fact & { value: number } => f.kind === 'FIGURE' && typeof f.value === 'number')
    .map((f) => ({ ...f, label: f.label.replace(TENTATIVE_LABEL, ''), tentative: TENTATIVE_LABEL.test(f.label) }));
}

/** One row of a ranking across reports, as the API gives it. */
export interface RankedRow {
  place: string;
  year: number;
  stated: boolean;
  value: number | null;
  unit: string | null;
  region: string;
}

/** A ranking across reports: a bar per report that states the figure, named by short place and year (紫云 2024). */
export function rankingChart(rows: readonly RankedRow[]): ChartSpec | null {
  const stated = rows.filter((r): r is RankedRow & { value: number } => r.stated && typeof r.value === 'number');
  if (!stated.length) return null;
  return {
    kind: 'ranking', title: 'chartRanking', total: null,
    data: stated.map((r) => ({ name: `${r.place} ${r.year}`, label: `${r.region} ${r.year}`, value: r.value, unit: r.unit })),
  };
}

export function chartFor(answer: { query: Record<string, unknown>; facts: readonly Fact[]; ranking?: readonly RankedRow[] }, lang: Lang): ChartSpec | null {
  const op = typeof answer.query?.op === 'string' ? answer.query.op : '';
  if (op === 'rank') return rankingChart(answer.ranking ?? []);
  const figures = figuresOf(answer.facts);
  if (figures.length < 2) return null;
  const mark = (f: Figure) => (f.tentative ? tentativeMark(lang) : '');
  const datum = (f: Figure, name: string): ChartDatum => ({ name: name + mark(f), label: f.label + mark(f), value: f.value, unit: f.unit });

  if (op === 'breakdown') {
    const totalId = typeof answer.query.total === 'string' ? answer.query.total : figures[0].metricId;
    const total = figures.find((f) => f.metricId === totalId) ?? null;
    const parts = figures.filter((f) => f !== total);
    if (parts.length < 2) return null;
    const names = shortLabels(parts.map((p) => p.label), lang);
    return { kind: 'breakdown', title: 'chartBreakdown', total: total ? datum(total, total.label) : null, data: parts.map((p, i) => datum(p, names[i])) };
  }

  const keys = figures.map((f) => metricKey(f.metricId));
  const sameTopic = keys.every((k) => k && k.topic === keys[0]?.topic) && new Set(figures.map((f) => f.reportId)).size === 1;
  const funnelSteps = keys.map((k) => FUNNEL_MEASURES.indexOf(k?.measure as (typeof FUNNEL_MEASURES)[number]));
  if (sameTopic && funnelSteps.every((step) => step >= 0) && new Set(funnelSteps).size === figures.length) {
    const ordered = figures.map((f, i) => ({ f, step: funnelSteps[i] })).sort((a, b) => a.step - b.step);
    return {
      kind: 'funnel',
      title: 'chartFunnel',
      total: null,
      data: ordered.map(({ f, step }) => datum(f, MEASURE_NAMES[FUNNEL_MEASURES[step]][lang])),
    };
  }

  const reports = new Set(figures.map((f) => f.reportId));
  if (op === 'compare' || op === 'difference' || reports.size > 1) {
    const names = reports.size > 1 ? figures.map((f) => `${f.region} ${f.year}`) : shortLabels(figures.map((f) => f.label), lang);
    // Several reports of one figure: name each by place and year; else by what sets the labels apart.
    const distinct = new Set(names).size === names.length ? names : figures.map((f) => `${f.label} (${f.region} ${f.year})`);
    return { kind: 'compare', title: 'chartCompare', total: null, data: figures.map((f, i) => datum(f, distinct[i])) };
  }
  return null;
}
