/**
 * Follow-up questions: "那行政诉讼呢?", "and litigation?", "2023年呢?" reuse the question before them,
 * with the new topic, measure, place or year put in place of the old one. The rewritten question then
 * goes through the same parser (or model) as any other, so follow-ups work without a model too.
 */
import { acrossFollowUp } from './across-follow-up.js';
import type { QuestionLexicon } from './figure-index.js';
import { normalizeQuestion } from './normalize.js';
import { phrasesIn } from './parse.js';

const ZH_FOLLOW_UP = /^(?:那么?|还有|另外|再问一下)?(.{1,20}?)(?:呢|怎么样|如何|的情况呢?)?[??]?$/;
const EN_FOLLOW_UP = /^(?:and|what about|how about|and what about|and for|what of)\s+(.{1,60}?)\s*\??$/;

/** The longest phrase of a list found in a text. */
function longest(text: string, phrases: string[]): string | undefined {
  return phrasesIn(text, phrases).sort((a, b) => b.length - a.length)[0];
}

/** The question a follow-up stands for, or undefined when it is a question of its own. */
export function resolveFollowUp(question: string, previous: string, index: Pick<QuestionLexicon, 'topicPhrases' | 'measurePhrases'> & Partial<Pick<QuestionLexicon, 'places'>>): string | undefined {
  const q = normalizeQuestion(question);
  const before = normalizeQuestion(previous);
  const zh = /[\u3400-\u9fff]/.test(q);
  const marked = zh ? /^(?:那|还有|另外)|呢[??]?$/.test(q) : EN_FOLLOW_UP.test(q);
  if (!marked) return undefined;
  const part = (zh ? ZH_FOLLOW_UP.exec(q)?.[1] : EN_FOLLOW_UP.exec(q)?.[1])?.replace(/[??]+$/, '').trim();
  if (!part) return undefined;
  // After a ranking or comparison across reports: its places, years, limit or subject replaced.
  const across = index.places ? acrossFollowUp(part, before, index.places) : undefined;
  if (across) return across;
  for (const phrases of [index.topicPhrases, index.measurePhrases]) {
    const fresh = longest(part, phrases);
    const old = longest(before, phrases);
    if (fresh && old && fresh !== old) return before.replace(old, fresh);
  }
  // A place or a year: the same question, asked of it.
  return zh ? `${part}${before}` : `${before} in ${part}`;
}
