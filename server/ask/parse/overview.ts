/**
 * Overview questions: 紫云行政复议的总体情况怎么样, 行政诉讼有哪些数字, 行政复议和行政诉讼的情况,
 * What are the legal-aid figures? A question with an overview word (seeds/lexicon/overview.json)
 * that names one or more topics and no measure, and asks for no count, is answered with every
 * figure of those topics in scope (and the rates their funnels imply), not with one figure.
 */
import { readFileSync } from 'node:fs';
import { LEXICON_DIR } from '../../vocabulary/lexicon.js';
import { result, type Context, type ParseResult } from './context.js';
import { QUANTITY } from './hints.js';
import { phrasesIn } from './phrases.js';

interface OverviewWords {
  zh: string[];
  en: string[];
}

let words: OverviewWords | undefined;
function overviewWords(): OverviewWords {
  words ??= JSON.parse(readFileSync(`${LEXICON_DIR}overview.json`, 'utf8')) as OverviewWords;
  return words;
}

/** Whether a (normalised) question uses an overview word. */
export function asksForOverview(normalized: string): boolean {
  const { zh, en } = overviewWords();
  return zh.some((w) => normalized.includes(w)) || en.some((w) => new RegExp(`(?<![a-z])${w}(?![a-z])`).test(normalized));
}

/** The topics a text names, in the order it names them. */
export function topicsNamed(text: string, ctx: Pick<Context, 'index'>): string[] {
  const spaced = text.replace(/-/g, ' ');
  const phrases = [...new Set([...phrasesIn(text, ctx.index.topicPhrases), ...phrasesIn(spaced, ctx.index.topicPhrases)])];
  // A shorter phrase inside a longer one found (复议 in 行政复议) adds nothing.
  const kept = phrases.filter((p) => !phrases.some((q) => q !== p && q.includes(p)));
  const at = (p: string) => Math.max(text.indexOf(p), spaced.indexOf(p));
  const topics = kept.sort((a, b) => at(a) - at(b)).flatMap((p) => [...(ctx.index.topicsOfPhrase.get(p) ?? [])]);
  return [...new Set(topics)];
}

/** The overview query for a question, or null when it asks for something else. */
export function overviewQuery(subject: string, ctx: Context): ParseResult | null {
  if (!asksForOverview(ctx.normalized) || QUANTITY.test(ctx.normalized)) return null;
  if (phrasesIn(subject, ctx.index.measurePhrases).length) return null;
  const topics = topicsNamed(subject, ctx).slice(0, 5);
  if (!topics.length) return null;
  return result(ctx, { op: 'overview', topics, scope: ctx.scope }, 1);
}
