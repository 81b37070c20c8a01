/**
 * The brief as a Word document (.docx), made in the browser with the `docx` package: the same
 * content as the page and the Markdown export — key figures with sources and places, derived
 * rates with formulas, problems, next steps — and the figure list on a page of its own.
 */
import { Document, HeadingLevel, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import type { Brief } from './brief.js';
import { translate, type Lang } from './i18n.js';

const FONT = { ascii: 'Calibri', eastAsia: 'Microsoft YaHei', hAnsi: 'Calibri' };

function text(value: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): TextRun {
  return new TextRun({ text: value, font: FONT, ...options });
}

export function briefDocument(brief: Brief, lang: Lang): Document {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [text(value)] });
  const { report } = brief;
  const children: Paragraph[] = [
    heading(brief.heading, HeadingLevel.TITLE),
    new Paragraph({ children: [text(report.title, { italics: true })] }),
  ];
  const meta = [report.publisher ? `${t('publisher')}${t('colon')}${report.publisher}` : '', report.publishedOn ? `${t('publishedOn')}${t('colon')}${report.publishedOn}` : ''].filter(Boolean);
  if (meta.length) children.push(new Paragraph({ children: [text(meta.join(' · '), { size: 18, color: '555555' })] }));

  children.push(heading(t('briefKeyFigures'), HeadingLevel.HEADING_1));
  for (const f of brief.keyFigures) {
    children.push(new Paragraph({ children: [text(`${f.value}  `, { bold: true, size: 28 }), text(f.label, { bold: true }), ...(f.place ? [text(`  (${f.place})`, { size: 18 })] : [])] }));
    const { before, figure, after } = f.source;
    children.push(new Paragraph({ indent: { left: 360 }, children: [text(`${t('sourceLabel')}${t('colon')}`, { size: 18, color: '555555' }), text(before, { size: 18, color: '555555' }), text(figure, { size: 18, bold: true }), text(after, { size: 18, color: '555555' })] }));
  }
  if (brief.rates.length) {
    children.push(heading(t('briefRates'), HeadingLevel.HEADING_1));
    for (const r of brief.rates) children.push(new Paragraph({ children: [text(`${r.value}  `, { bold: true }), text(r.formula), text(` (${t('derivedNote')})`, { size: 18, italics: true })] }));
  }
  for (const [key, line] of [['briefProblems', brief.problems], ['briefNextSteps', brief.recommendations]] as const) {
    if (!line.items.length) continue;
    children.push(heading(t(key), HeadingLevel.HEADING_1));
    for (const item of line.items) children.push(new Paragraph({ bullet: { level: 0 }, children: [text(item)] }));
  }
  children.push(new Paragraph({ children: [new PageBreak()] }), heading(t('briefAppendix'), HeadingLevel.HEADING_1));
  for (const topic of brief.appendix) {
    children.push(heading(topic.topic, HeadingLevel.HEADING_2));
    for (const f of topic.figures) {
      children.push(new Paragraph({ bullet: { level: 0 }, children: [text(`${f.value}  `, { bold: true }), text(f.label), ...(f.unsure ? [text(` (${t('unsureLabel')})`, { italics: true })] : [])] }));
    }
  }
  children.push(new Paragraph({ children: [text(t('generatedFrom', { title: report.title }), { size: 18, color: '555555' })] }));
  return new Document({ creator: t('appTitle'), title: brief.heading, sections: [{ children }] });
}

export function briefDocxBlob(brief: Brief, lang: Lang): Promise<Blob> {
  return Packer.toBlob(briefDocument(brief, lang));
}
