/** A figure as people read it: 8万余份, 60学时以上, more than 80,000 copies. */
import type { Lang } from './i18n.js';
import type { Qualifier } from './types.js';

/** English names of the units the reports use (seeds/lexicon/units.json holds the same). */
const UNITS_EN: Record<string, [one: string, other: string]> = {
  件: ['case', 'cases'],
  人次: ['attendance', 'attendances'],
  人: ['person', 'people'],
  名: ['person', 'people'],
  位: ['person', 'people'],
  个: ['unit', 'units'],
  场次: ['session', 'sessions'],
  场: ['session', 'sessions'],
  次: ['time', 'times'],
  份: ['copy', 'copies'],
  条: ['entry', 'entries'],
  家: ['organisation', 'organisations'],
  所: ['institution', 'institutions'],
  篇: ['paper', 'papers'],
  学时: ['class hour', 'class hours'],
  课时: ['class hour', 'class hours'],
  小时: ['hour', 'hours'],
  项: ['item', 'items'],
  户: ['household', 'households'],
  元: ['yuan', 'yuan'],
  美元: ['US dollar', 'US dollars'],
};

/** The multipliers a report may write a unit with (1093万元, 1.98亿美元), in English. */
const MULTIPLIERS_EN: Record<string, string> = { 万: 'ten thousand', 亿: 'hundred million' };

const EN_QUALIFIERS: Partial<Record<Qualifier, string>> = {
  MORE_THAN: 'more than ',
  AT_LEAST: 'at least ',
  APPROXIMATE: 'about ',
  AT_MOST: 'at most ',
  LESS_THAN: 'less than ',
};

export interface FigureParts {
  /** Before the number: 约, more than … */
  prefix: string;
  number: string;
  /** After the number: 余件, 学时以上, cases … */
  suffix: string;
  /** The whole, for text and titles. */
  text: string;
}

export function formatNumber(value: number, lang: Lang): string {
  if (lang === 'zh') {
    // 80000 → 8万 as the reports write it; other numbers as digits without grouping (12521).
    if (Math.abs(value) >= 10000 && value % 1000 === 0) return `${round(value / 10000)}万`;
    return String(round(value));
  }
  return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function unitName(unit: string | null | undefined, value: number, lang: Lang): string {
  if (!unit) return '';
  if (lang === 'zh' || unit === '%') return unit;
  const names = UNITS_EN[unit];
  // A unit written with its multiplier (万元: the figure as the report writes it): "ten thousand yuan".
  if (!names && MULTIPLIERS_EN[unit[0]] && UNITS_EN[unit.slice(1)]) return `${MULTIPLIERS_EN[unit[0]]} ${UNITS_EN[unit.slice(1)][1]}`;
  if (!names) return unit;
  return value === 1 ? names[0] : names[1];
}

export function formatFigure(
  value: number,
  unit: string | null | undefined,
  qualifier: Qualifier | null | undefined,
  lang: Lang,
): FigureParts {
  const number = formatNumber(value, lang);
  const name = unitName(unit, value, lang);
  let prefix = '';
  let suffix = '';
  if (lang === 'zh') {
    switch (qualifier) {
      case 'MORE_THAN': suffix = `余${name}`; break;
      case 'AT_LEAST': suffix = `${name}以上`; break;
      case 'APPROXIMATE': prefix = '约'; suffix = name; break;
      case 'AT_MOST': prefix = '至多'; suffix = name; break;
      case 'LESS_THAN': prefix = '不足'; suffix = name; break;
      default: suffix = name;
    }
  } else {
    prefix = qualifier ? (EN_QUALIFIERS[qualifier] ?? '') : '';
    suffix = !name ? '' : name === '%' ? '%' : ` ${name}`;
  }
  return { prefix, number, suffix, text: `${prefix}${number}${suffix}` };
}
