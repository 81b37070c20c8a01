/**
 * The one-page brief of a report, in one language: the key figures the server chose (Report.brief,
 * by the rule in server/query/headlines.ts) with their sources and their place among other reports,
 * the rates they imply (derived, with formulas), one line each of problems and next steps, and
 * every figure by topic for the appendix. Markdown is made here; Word in brief-docx.ts.
 */
import type { BriefQuery } from '../gql/graphql.js';
import { formatFigure } from './format.js';
import { excerpt, quoteParts, type QuoteParts } from './highlight.js';
import { translate, type Lang } from './i18n.js';
import type { Span } from './types.js';

export type BriefSource = NonNullable<BriefQuery['report']>;
type SourceFigure = BriefSource['headlines'][number]['metrics'][number];

/** Automatic labels below this are marked as unsure (the server keeps them out of the key figures). */
export const UNSURE_LABEL_BELOW = 0.7;

export interface BriefFigure {
  id: string;
  label: string;
  /** The figure as read: 39件, 8万余份, more than 80,000 copies. */
  value: string;
  topic: string;
  /** The clauses of the source sentence around the figure, verbatim. */
  source: QuoteParts;
  span: Span;
  /** 在载有此项的 5 份报告中居第 2 / 2nd of 5 reports stating it; null when no other report does. */
  place: string | null;
  /** An automatic label the labeller was not sure of. */
  unsure: boolean;
}

export interface BriefRate {
  key: string;
  name: string;
  /** 92.3% */
  value: string;
  /** 受理率 = 受理 36件 ÷ 收到 39件 = 92.3% */
  formula: string;
  topic: string;
  span: Span;
}

export interface BriefSectionLine {
  /** The items' headings joined: 干部法治素养仍有待提高;执法装备与业务工作不相匹配 */
  line: string;
  items: string[];
}

export interface Brief {
  report: { id: string; title: string; year: number; publisher?: string | null; publishedOn?: string | null };
  /** 紫云 2024 · 要点简报 / Ziyun 2024 · Brief */
  heading: string;
  keyFigures: BriefFigure[];
  rates: BriefRate[];
  problems: BriefSectionLine;
  recommendations: BriefSectionLine;
  appendix: { topic: string; figures: BriefFigure[] }[];
}

/** How many derived rates the page shows; the rest are in the appendix. */
export const RATES_ON_PAGE = 4;

export function ordinalEn(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

export function placeText(place: { rank: number; of: number } | null | undefined, lang: Lang): string | null {
  if (!place) return null;
  return lang === 'zh'
    ? translate(lang, 'briefPlace', { rank: place.rank, of: place.of })
    : translate(lang, 'briefPlace', { rank: ordinalEn(place.rank), of: place.of });
}

function topicName(topic: { name: string; nameEn: string } | null | undefined, lang: Lang): string {
  return topic ? (lang === 'zh' ? topic.name : topic.nameEn) : translate(lang, 'otherTopic');
}

function sourceOf(figure: { quote: string; span: Span; quoteSpan: Span }): QuoteParts {
  const parts = quoteParts(figure);
  // A figure whose span does not fall in its quote (it should) is shown with the whole sentence.
  return parts ? excerpt(parts) : { before: figure.quote, figure: '', after: '' };
}

function figureOf(f: SourceFigure, lang: Lang, place: { rank: number; of: number } | null = null): BriefFigure {
  return {
    id: f.id,
    label: lang === 'zh' ? f.label : f.labelEn,
    value: formatFigure(f.value, f.unit, f.qualifier, lang).text,
    topic: topicName(f.topic, lang),
    source: sourceOf(f),
    span: f.span,
    place: placeText(place, lang),
    unsure: f.labelledBy === 'AUTO' && f.labelConfidence < UNSURE_LABEL_BELOW,
  };
}

function sectionLine(sections: readonly { heading: string; text: string }[], lang: Lang): BriefSectionLine {
  // An item's heading is its first clause; an item without one is quoted from its text.
  const items = sections.map((s) => s.heading || s.text.split(/[。;；]/)[0]).filter(Boolean);
  return { items, line: items.join(lang === 'zh' ? '；' : '; ') };
}

export function buildBrief(source: BriefSource, lang: Lang): Brief {
  const place = lang === 'zh' ? source.regionShort : source.regionEn;
  return {
    report: { id: source.id, title: source.title, year: source.year, publisher: source.publisher, publishedOn: source.publishedOn },
    heading: `${place} ${source.year} · ${translate(lang, 'briefHeading')}`,
    keyFigures: source.brief.keyFigures.map((k) => figureOf(k.metric, lang, k.place)),
    rates: source.brief.rates.map((r) => ({
      key: r.key,
      name: lang === 'zh' ? r.name : r.nameEn,
      value: `${r.value}%`,
      formula: lang === 'zh' ? r.formula : r.formulaEn,
      topic: topicName(r.topic, lang),
      span: r.numerator.span,
    })),
    problems: sectionLine(source.brief.problems, lang),
    recommendations: sectionLine(source.brief.recommendations, lang),
    appendix: source.headlines.map((h) => ({ topic: topicName(h.topic, lang), figures: h.metrics.map((f) => figureOf(f, lang)) })),
  };
}

/** Escapes the characters Markdown would read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

function quoteMarkdown({ before, figure, after }: QuoteParts): string {
  return `${escapeMarkdown(before)}${figure ? `**${escapeMarkdown(figure)}**` : ''}${escapeMarkdown(after)}`;
}

export function briefMarkdown(brief: Brief, lang: Lang): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const { report } = brief;
  const lines = [`# ${escapeMarkdown(brief.heading)}`, '', escapeMarkdown(report.title)];
  const meta = [
    report.publisher ? `${t('publisher')}${t('colon')}${escapeMarkdown(report.publisher)}` : '',
    report.publishedOn ? `${t('publishedOn')}${t('colon')}${report.publishedOn}` : '',
  ].filter(Boolean);
  if (meta.length) lines.push('', meta.join(' · '));
  lines.push('', `## ${t('briefKeyFigures')}`, '');
  for (const f of brief.keyFigures) {
    lines.push(`- **${escapeMarkdown(f.value)}** ${escapeMarkdown(f.label)}${f.place ? ` (${escapeMarkdown(f.place)})` : ''}`);
    lines.push(`  > ${t('sourceLabel')}${t('colon')}${quoteMarkdown(f.source)}`);
  }
  if (brief.rates.length) {
    lines.push('', `## ${t('briefRates')}`, '');
    for (const r of brief.rates) lines.push(`- **${r.value}** ${escapeMarkdown(r.name)} — ${escapeMarkdown(r.formula)} (${t('derivedNote')})`);
  }
  if (brief.problems.items.length) lines.push('', `## ${t('briefProblems')}`, '', ...brief.problems.items.map((i) => `- ${escapeMarkdown(i)}`));
  if (brief.recommendations.items.length) lines.push('', `## ${t('briefNextSteps')}`, '', ...brief.recommendations.items.map((i) => `- ${escapeMarkdown(i)}`));
  lines.push('', `## ${t('briefAppendix')}`);
  for (const topic of brief.appendix) {
    lines.push('', `### ${escapeMarkdown(topic.topic)}`, '');
    for (const f of topic.figures) lines.push(`- **${escapeMarkdown(f.value)}** ${escapeMarkdown(f.label)}${f.unsure ? ` _(${t('unsureLabel')})_` : ''}`);
  }
  lines.push('', '---', '', t('generatedFrom', { title: report.title }), '');
  return lines.join('\n');
}

/** A file name for the exported brief: ziyun-2024-brief.md, ziyun-2024-brief.docx */
export function briefFileName(reportId: string, extension = 'md'): string {
  return `${reportId.replace(/[^A-Za-z0-9_-]/g, '-')}-brief.${extension}`;
}
