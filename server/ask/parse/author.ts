/**
 * Words of a question that name the report's author, not a figure: 龙川司法局第一议题学习几次,
 * "Yangshan's justice bureau". A department's own report (司法局关于2024年度法治政府建设情况的报告)
 * is asked about by its name, and no figure holds it, so left in the question it is a word nothing
 * explains. A word (or English word pair, through its translation) is the author's when the title
 * or publisher of every report in scope holds it and no figure of the index does.
 */
import type { Report } from '../../model/index.js';
import type { FigureIndex } from '../figure-index.js';
import { chineseFor } from '../../vocabulary/dictionary.js';
import { englishToken, isChinese, latinWords, words } from '../../vocabulary/tokens.js';

/** Words that name an office, a report's author: 司法局, 人民政府, 街道办事处, 委员会 … (not 政府 alone: 县政府和部门 is a figure's). */
const OFFICE = /^[\u4e00-\u9fff]{0,6}(?:局|委员会|办公室|办事处|政府|院|厅)$/;

export function withoutAuthor(subject: string, reports: readonly Report[], index: FigureIndex): string {
  if (!reports.length) return subject;
  const names = reports.map((r) => `${r.title} ${r.publisher ?? ''}`);
  const authors = (chinese: string) => chinese.length >= 2 && isChinese(chinese) && !index.occurs(chinese) && names.every((n) => n.includes(chinese));
  let out = subject;
  const tokens = words(subject);
  for (const w of tokens) if (authors(w)) out = out.replace(w, ' '.repeat(w.length));
  // An office named first, right after the place (缙云县司法局批评教育了多少人): the author, though a
  // figure holds the word too (《缙云县司法局社区矫正调查评估规定》).
  const first = tokens.find((t) => t.trim() && !/^\d+年?$/.test(t));
  if (first && first.length >= 3 && OFFICE.test(first) && names.every((n) => n.includes(first)) && out.trimStart().startsWith(first)) out = out.replace(first, ' '.repeat(first.length));
  const typed = latinWords(out);
  const blank = (phrase: string) => {
    out = out.replace(new RegExp(`\\b${phrase.split(' ').join('\\s+')}\\b`, 'i'), (m) => ' '.repeat(m.length));
  };
  for (let i = 0; i + 1 < typed.length; i++) {
    const [a, b] = [typed[i], typed[i + 1]];
    if (!/^[a-z]{3,}$/.test(a) || !/^[a-z]{3,}$/.test(b) || index.occurs(`${englishToken(a)} ${englishToken(b)}`)) continue;
    const both = new Set(chineseFor(a).filter((c) => chineseFor(b).includes(c)));
    if (chineseFor(`${a} ${b}`).some((c) => both.has(c) && authors(c))) blank(`${a} ${b}`);
  }
  return out;
}
