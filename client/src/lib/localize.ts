/**
 * An answer's facts in the interface's language. A fact's `label` and `region` are in the language
 * the question was asked in; the hub also gives each stored figure's label in both languages and
 * the place in pinyin, so an answer to a Chinese question reads in English once the interface is
 * (chart categories, the figures listed, the readings offered), and the other way round.
 */
import type { Lang } from './i18n.js';
import { TENTATIVE_LABEL, tentativeMark } from './label-confidence.js';

export interface LocalizableFact {
  label: string;
  labelEn?: string | null;
  labelZh?: string | null;
  region: string;
  regionEn?: string | null;
}

export function localLabel(fact: LocalizableFact, lang: Lang): string {
  const other = lang === 'en' ? fact.labelEn : fact.labelZh;
  if (!other) return fact.label;
  // A guessed label keeps a mark saying so, in the language it is now read in.
  return TENTATIVE_LABEL.test(fact.label) ? `${other}${tentativeMark(lang)}` : other;
}

export function localizeFact<F extends LocalizableFact>(fact: F, lang: Lang): F {
  const region = lang === 'en' && fact.regionEn ? fact.regionEn : fact.region;
  return { ...fact, label: localLabel(fact, lang), region };
}

export function localizeFacts<F extends LocalizableFact>(facts: readonly F[], lang: Lang): F[] {
  return facts.map((f) => localizeFact(f, lang));
}

/** A reading's label: its one figure's label in the interface's language, else the label as given. */
export function localCandidateLabel(candidate: { label: string; facts: readonly LocalizableFact[] }, lang: Lang): string {
  return candidate.facts.length === 1 && candidate.facts[0].label === candidate.label ? localLabel(candidate.facts[0], lang) : candidate.label;
}

/** A ranking row's place in the interface's language (紫云 / Ziyun), whatever the question's. */
export function localizeRow<R extends { place: string; placeZh?: string | null; placeEn?: string | null }>(row: R, lang: Lang): R {
  const place = lang === 'en' ? row.placeEn : row.placeZh;
  return place ? { ...row, place } : row;
}

export interface AnswerWords { language: string; text: string; interpretation: string; derivation: string | null; notes: readonly string[] }

/**
 * The reply, interpretation and notes in the interface's language: the answer's own when it was
 * asked in that language, else the translation the hub gives beside it (earlier answers to a
 * Chinese question read in English once the interface does).
 */
export function localAnswerWords(answer: AnswerWords & { translation?: AnswerWords | null }, lang: Lang): AnswerWords {
  return answer.language !== lang && answer.translation?.language === lang ? answer.translation : answer;
}
