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

/** A report with its headline figures by topic, as the API's Report.headlines gives them. */
export interface BriefSource extends BriefReport {
  headlines: readonly {
    topic: { id: string; name: string; nameEn: string } | null;
    more: number;
    metrics: readonly HeadlineFigure[];
  }[];
}

export type HeadlineFigure = Pick<ReportFigure, 'id' | 'label' | 'labelEn' | 'value' | 'unit' | 'qualifier' | 'quote' | 'span' | 'quoteSpan'>;

/**
 * The brief of a report in one language. Which figures are headlines is the server's choice
 * (Report.headlines, shared with the MCP brief tool); this only words and quotes them.
 */
export function buildBrief(source: BriefSource, lang: Lang): Brief {
  const { headlines, ...report } = source;
  return {
    report,
    topics: headlines.map((h) => ({
      id: h.topic?.id ?? '',
      name: h.topic ? (lang === 'zh' ? h.topic.name : h.topic.nameEn) : translate(lang, 'otherTopic'),
      more: h.more,
      figures: h.metrics.map((f) => ({
        id: f.id,
        label: lang === 'zh' ? f.label : f.labelEn,
        value: formatFigure(f.value, f.unit, f.qualifier, lang).text,
        source: sourceOf(f),
        span: f.span,
      })),
    })),
  };
}

function sourceOf(figure: HeadlineFigure): QuoteParts {
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
