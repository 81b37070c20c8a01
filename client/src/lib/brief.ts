/** The one-page brief: each topic's headline figures with their sources, and the same as Markdown. */
import { formatFigure } from './format.js';
import { excerpt, quoteParts, type QuoteParts } from './highlight.js';
import { translate, type Lang } from './i18n.js';
import type { ReportFigure, Span } from './types.js';

export interface BriefFigure {
  id: string;
  label: string;
  /** The figure as read: 39件, 8万余份, more than 80,000 copies. */
  value: string;
  /** The clauses of the source sentence around the figure, verbatim. */
  source: QuoteParts;
  span: Span;
}

export interface BriefTopic {
  id: string;
  name: string;
  figures: BriefFigure[];
  /** Figures of the topic not shown. */
  more: number;
}

export interface BriefReport {
  id: string;
  title: string;
  region: string;
  year: number;
  publisher?: string | null;
  publishedOn?: string | null;
}

export interface Brief {
  report: BriefReport;
  topics: BriefTopic[];
}

/**
 * Groups the figures by topic, in the order topics first appear in the report, and keeps up to
 * `perTopic` of each: stated totals and single figures rather than parts of a total, curated before
 * automatic ones, the surer automatic ones first; shown in report order.
 */
export function buildBrief(report: BriefReport, figures: readonly ReportFigure[], lang: Lang, perTopic = 3): Brief {
  const groups = new Map<string, { name: string; figures: ReportFigure[] }>();
  for (const figure of figures) {
    const id = figure.topic?.id ?? '';
    const name = figure.topic ? (lang === 'zh' ? figure.topic.name : figure.topic.nameEn) : translate(lang, 'otherTopic');
    const group = groups.get(id) ?? { name, figures: [] };
    group.figures.push(figure);
    groups.set(id, group);
  }
  // Figures without a topic go last.
  const ordered = [...groups].sort(([a], [b]) => Number(a === '') - Number(b === ''));
  const rank = (f: ReportFigure) => (f.partOf ? 2 : 0) + (f.labelledBy === 'CATALOG' ? 0 : 1) - f.labelConfidence / 10;
  const topics = ordered.map(([id, group]) => {
    const chosen = [...group.figures]
      .sort((a, b) => rank(a) - rank(b) || a.span.start - b.span.start)
      .slice(0, perTopic)
      .sort((a, b) => a.span.start - b.span.start);
    return {
      id,
      name: group.name,
      more: group.figures.length - chosen.length,
      figures: chosen.map((f) => ({
        id: f.id,
        label: lang === 'zh' ? f.label : f.labelEn,
        value: formatFigure(f.value, f.unit, f.qualifier, lang).text,
        source: sourceOf(f),
        span: f.span,
      })),
    };
  });
  return { report, topics };
}

function sourceOf(figure: ReportFigure): QuoteParts {
  const parts = quoteParts(figure);
  // A figure whose span does not fall in its quote (it should) is shown with the whole sentence.
  return parts ? excerpt(parts) : { before: figure.quote, figure: '', after: '' };
}

/** Escapes the characters Markdown would read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

export function briefMarkdown(brief: Brief, lang: Lang): string {
  const { report } = brief;
  const lines = [`# ${escapeMarkdown(report.title)}`, '', `**${translate(lang, 'briefHeading')}** · ${escapeMarkdown(report.region)} ${report.year}`];
  const meta = [
    report.publisher ? `${translate(lang, 'publisher')}: ${escapeMarkdown(report.publisher)}` : '',
    report.publishedOn ? `${translate(lang, 'publishedOn')}: ${report.publishedOn}` : '',
  ].filter(Boolean);
  if (meta.length) lines.push('', meta.join(' · '));
  for (const topic of brief.topics) {
    lines.push('', `## ${escapeMarkdown(topic.name)}`, '');
    for (const figure of topic.figures) {
      lines.push(`- **${escapeMarkdown(figure.value)}** ${escapeMarkdown(figure.label)}`);
      const { before, figure: marked, after } = figure.source;
      const source = `${escapeMarkdown(before)}${marked ? `**${escapeMarkdown(marked)}**` : ''}${escapeMarkdown(after)}`;
      lines.push(`  > ${translate(lang, 'sourceLabel')}: ${source}`);
    }
    if (topic.more > 0) lines.push('', `_${translate(lang, 'moreFigures', { n: topic.more })}_`);
  }
  lines.push('', '---', '', translate(lang, 'generatedFrom', { title: report.title }), '');
  return lines.join('\n');
}

/** A file name for the exported brief: ziyun-2024-brief.md */
export function briefFileName(reportId: string): string {
  return `${reportId.replace(/[^A-Za-z0-9_-]/g, '-')}-brief.md`;
}
