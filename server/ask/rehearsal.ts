/**
 * Rehearsal: rankings across every report the hub asks itself, quietly, after it starts. The first
 * ranking of a process otherwise pays for code run for the first time (the ranking's parse, its
 * postings look-ups, the ranked table's rendering: some 20–30 ms at 1,000 reports) and for the
 * English words' first look-ups in the bilingual dictionary. The questions are made from the data
 * — the indicator the most reports state, named by the lexicon, with the lexicon's own ranking
 * phrases — in both languages and both shapes (各县…排名, 哪个县…最多), so no asker's wording is
 * special: whatever ranking comes first finds the code warm, and its own figure's caches are its own.
 */
import type { MeasureEntry, TopicEntry } from '../vocabulary/lexicon.js';
import { phrasesOf } from './parse/across.js';

/** The rehearsal's questions for one indicator's topic and measure: Chinese and English, each shape. */
export function rehearsalQuestions(topic: TopicEntry, measure: MeasureEntry): string[] {
  const [each, ranking, which, most] = (['each_place', 'ranking', 'place_question', 'superlative'] as const).map(phrasesOf);
  const zh = `${topic.zh}${measure.zh}`;
  const en = `${topic.en} ${measure.en}`.toLowerCase();
  return [
    `${each.zh[0]}${zh}${ranking.zh[0]}`,
    `${which.zh[0]}${zh}${most.zh[0]}`,
    `${ranking.en[0]} ${en} ${each.en[0]}`,
    `${which.en[0]} has the ${most.en[0]} ${en}`,
  ];
}
