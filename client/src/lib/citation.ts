/**
 * An answer as text to paste elsewhere, with where it comes from: the reply, then for each source
 * the report's title, the section and the sentence, as a reader would cite it.
 *   行政复议审结22件。——《紫云自治县2024年度法治政府建设工作报告》，二、…：“…”
 */
import type { Lang } from './i18n.js';

export interface CitedFact {
  quote: string;
  reportTitle?: string | null;
  sectionHeading?: string | null;
  region: string;
  year: number;
}

/** At most this many sources are cited; an overview of thirty figures is cited by its first ones. */
export const MAX_CITED = 5;

export function citation(fact: CitedFact, lang: Lang): string {
  const title = fact.reportTitle ?? `${fact.region} ${fact.year}`;
  const quote = fact.quote.replace(/\s+/g, ' ').trim();
  if (lang === 'zh') return `——《${title}》${fact.sectionHeading ? `，${fact.sectionHeading}` : ''}：“${quote}”`;
  return `— 《${title}》${fact.sectionHeading ? `, ${fact.sectionHeading}` : ''}: “${quote}”`;
}

/** The text the copy button puts on the clipboard. Facts citing the same sentence are cited once. */
export function answerWithCitation(answer: { text: string; facts: readonly CitedFact[] }, lang: Lang): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const fact of answer.facts) {
    const line = citation(fact, lang);
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
    if (lines.length >= MAX_CITED) break;
  }
  // One source follows the reply on its line; several go one a line below it.
  if (lines.length <= 1) return `${answer.text.trim()}${lines[0] ? (lang === 'zh' ? '' : ' ') + lines[0] : ''}`;
  return [answer.text.trim(), ...lines].join('\n');
}
