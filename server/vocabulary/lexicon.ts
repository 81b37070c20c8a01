/**
 * The bilingual domain lexicon, kept as data in seeds/lexicon so it can grow without code changes:
 * units of measure, topics, measures and invariants between measures.
 */
import { readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { fromRoot } from '../paths.js';

export const LEXICON_DIR = fromRoot('seeds', 'lexicon') + sep;

export interface Names {
  zh: string[];
  en: string[];
}
export interface UnitEntry {
  unit: string;
  en: { one: string; other: string };
  aliases: Names;
  /**
   * Characters that, written right after the unit, make it the first character of a word instead:
   * 3处理 is not 3 处, 2部门 not 2 部, 本级 not a count of 本.
   */
  notBefore?: string;
  /**
   * Words one of which must stand right before the number for the unit to count: 年 is a count only
   * in 连续8年 (eight years running); 2024年 is a date.
   */
  onlyAfter?: string[];
}
export interface TopicEntry {
  key: string;
  zh: string;
  en: string;
  aliases: Names;
}
export interface MeasureEntry extends TopicEntry {
  kind: 'count' | 'rate';
}
export interface InvariantRules {
  /** Measures of one topic that can only shrink from left to right (received ≥ accepted ≥ concluded). */
  funnels: { measures: string[]; why: string }[];
}
export interface Lexicon {
  units: UnitEntry[];
  topics: TopicEntry[];
  measures: MeasureEntry[];
  invariants: InvariantRules;
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(LEXICON_DIR + name, 'utf8')) as T;
}

let cached: Lexicon | undefined;

/** The lexicon is read once per process: it is data shipped with the code, not user data. */
export function lexicon(): Lexicon {
  cached ??= {
    units: readJson<UnitEntry[]>('units.json'),
    topics: readJson<TopicEntry[]>('topics.json'),
    measures: readJson<MeasureEntry[]>('measures.json'),
    invariants: readJson<InvariantRules>('invariants.json'),
  };
  return cached;
}

/** The English name of a unit: 件 → cases (or case for one). */
export function unitNameEn(unit: string, value: number): string {
  if (unit === '%') return '%';
  const entry = lexicon().units.find((u) => u.unit === unit);
  if (!entry) return unit;
  return value === 1 ? entry.en.one : entry.en.other;
}
