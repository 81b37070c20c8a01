/**
 * Answers across reports in the question's language: a ranking (every report that states the
 * figure, with its year; those that do not, named as not stated; years that differ and excerpts
 * said so), and the reports the hub holds.
 */
import type { Report } from '../model/index.js';
import { lexicon } from '../vocabulary/lexicon.js';
import { regionNamed } from '../vocabulary/regions.js';
import { FactKind, type Fact, type RankingRow } from './answer.type.js';
import { askedRow, type AcrossOutcome, type RankedValue } from './execute-across.js';
import type { GroupedReports, Grouping } from './group-reports.js';
import type { Language } from './normalize.js';
import type { AcrossScope, StructuredQuery } from './structured-query.js';
import { formatValue, label, metricFact, placeName, regionName, reportAmongOthers, type Rendered } from './render.js';

/** How many ranked reports the reply's text names; the ranking table holds every one. */
const NAMED_IN_TEXT = 10;
/** How many reports a list of reports names in its text. */
const LISTED_IN_TEXT = 30;

/** A row's place in the question's language and in both, so a table reads in the interface's language. */
const places = (region: string, language: Language) =>
  ({ place: shortPlace(region, language), placeZh: shortPlace(region, 'zh'), placeEn: shortPlace(region, 'en') });

const shortNames = new Map<string, string>();
/** The shortest name people use for a place, for tables and chart axes: 紫云, Ziyun. Remembered: a ranking names every report. */
export function shortPlace(region: string, language: Language): string {
  if (language !== 'zh') return regionName(region, language);
  let short = shortNames.get(region);
  if (short === undefined) {
    const names = [region, ...regionNamed(region).aliases].filter((n) => n.length >= 2);
    short = names.sort((a, b) => a.length - b.length)[0] ?? region;
    if (shortNames.size > 20_000) shortNames.clear();
    shortNames.set(region, short);
  }
  return short;
}

const excerptMark = (report: Report, zh: boolean) => (report.excerpt ? (zh ? '（节选）' : ' (excerpt)') : '');
const nameOf = (report: Report, zh: boolean) =>
  `${reportAmongOthers(report, zh ? 'zh' : 'en')}${excerptMark(report, zh)}`;

function reportFact(report: Report, language: Language): Fact {
  return {
    kind: FactKind.REPORT, value: null, unit: null, qualifier: null, label: nameOf(report, language === 'zh'), quote: report.title,
    span: null, quoteSpan: null, metricId: null, sectionId: null, reportId: report.id, region: report.region, year: report.year,
  };
}

/** The rows of rankings kept across answers (a ranking of every report, per data version), per language. */
const rowsOf = new WeakMap<readonly RankedValue[], Map<Language, readonly RankingRow[]>>();
function rankedRows(ranked: readonly RankedValue[], language: Language): readonly RankingRow[] {
  let byLanguage = rowsOf.get(ranked);
  if (!byLanguage) rowsOf.set(ranked, (byLanguage = new Map()));
  let rows = byLanguage.get(language);
  if (!rows) {
    rows = ranked.map((r, i) => ({
      rank: i + 1, reportId: r.report.id, region: r.report.region, ...places(r.report.region, language), year: r.report.year,
      excerpt: r.report.excerpt, stated: true, value: r.value, unit: r.unit, qualifier: r.qualifier, metricId: r.metricId, span: r.span,
    }));
    byLanguage.set(language, rows);
  }
  return rows;
}

export function renderAcross(outcome: AcrossOutcome, language: Language): Rendered & { ranking: RankingRow[] } {
  const zh = language === 'zh';
  const none = { unit: null, qualifier: null, derivation: null, ranking: [] as RankingRow[] };
  if (outcome.op === 'reports' && outcome.grouped) return { ...none, ...renderGroups(outcome.grouped, language), facts: outcome.list.slice(0, 50).map((r) => reportFact(r, language)) };
  if (outcome.op === 'reports') {
    const { list } = outcome;
    // The text names the first reports; facts and the GraphQL operation give them all.
    const names = list.slice(0, LISTED_IN_TEXT).map((r) => nameOf(r, zh));
    if (list.length > LISTED_IN_TEXT) {
      if (zh) names[names.length - 1] += '等';
      else names.push(`and ${list.length - LISTED_IN_TEXT} more`);
    }
    const topicName = outcome.topic ? lexicon().topics.find((t) => t.key === outcome.topic) : undefined;
    const topic = topicName ? (zh ? `有${topicName.zh}数据的` : ` with figures on ${topicName.en.toLowerCase()}`) : '';
    if (outcome.recency && list.length) {
      // The first by year is the answer; others of the same year are named with it, then the rest.
      const year = list[0].year;
      const same = list.filter((r) => r.year === year).map((r) => nameOf(r, zh));
      const which = zh ? (outcome.recency === 'latest' ? '最新' : '最早') : outcome.recency === 'latest' ? 'most recent' : 'earliest';
      const text = zh ? `${which}的是${year}年的报告：${same.join('、')}（共 ${list.length} 份：${names.join('、')}）。`
        : `The ${which} ${same.length === 1 ? 'report is' : 'reports are'} of ${year}: ${same.join(', ')} (${list.length} in all: ${names.join(', ')}).`;
      return { ...none, text, value: year, unit: null, facts: list.slice(0, 50).map((r) => reportFact(r, language)) };
    }
    const text = !list.length
      ? (zh ? `没有符合条件的${topic}报告。` : `The hub holds no report${topic} in that scope.`)
      : zh ? `共有 ${list.length} 份${topic}报告：${names.join('、')}。`
        : `${list.length} report${list.length === 1 ? '' : 's'}${topic}: ${names.join(', ')}.`;
    return { ...none, text, value: outcome.count ? list.length : null, unit: outcome.count ? (zh ? '份' : 'reports') : null, facts: list.slice(0, 50).map((r) => reportFact(r, language)) };
  }

  const { ranked, notStated, metrics } = outcome;
  const metricById = new Map(metrics.map((m) => [m.id, m]));
  const what = outcome.indicator ? (zh ? outcome.indicator.labelZh : outcome.indicator.labelEn)
    : metrics[0] ? label(metrics[0], language) : '';
  const ranking: RankingRow[] = [
    ...rankedRows(ranked, language),
    ...notStated.map((r) => ({
      rank: null, reportId: r.id, region: r.region, ...places(r.region, language), year: r.year,
      excerpt: r.excerpt, stated: false, value: null, unit: null, qualifier: null, metricId: null, span: null,
    })),
  ];
  if (!ranked.length) {
    const names = notStated.slice(0, NAMED_IN_TEXT).map((r) => nameOf(r, zh));
    if (notStated.length > names.length) names.push(zh ? `等` : `and ${notStated.length - names.length} more`);
    const listed = zh ? `（${names.join('、').replace('、等', '等')}）` : ` (${names.join(', ')})`;
    const text = zh ? `范围内的 ${notStated.length} 份报告${listed}都没有载明${what || '这项数据'}。`
      : `None of the ${notStated.length} reports in scope${listed} states ${what || 'this figure'}.`;
    return { ...none, text, value: null, facts: [], ranking };
  }
  const lines = ranked.slice(0, NAMED_IN_TEXT).map((r, i) => `${i + 1}. ${nameOf(r.report, zh)} ${formatValue(r.value, r.unit, r.qualifier, language)}`);
  const more = ranked.length - Math.min(ranked.length, NAMED_IN_TEXT);
  const asked = askedRow(ranked, outcome);
  const head = asked ?? ranked[0];
  const table = zh ? `${what}排名（${ranked.length} 份报告载明）：${lines.join('；')}${more ? `；另有 ${more} 份` : ''}。`
    : `${what}, ranked (${ranked.length} report${ranked.length === 1 ? '' : 's'} state it): ${lines.join('; ')}${more ? `; ${more} more` : ''}.`;
  const order = zh ? (outcome.order === 'desc' ? '从高到低' : '从低到高') : outcome.order === 'desc' ? 'highest first' : 'lowest first';
  const at = asked ? ranked.indexOf(asked) + 1 : 0;
  const amount = formatValue(head.value, head.unit, head.qualifier, language);
  const who = nameOf(head.report, zh);
  // A position no report holds (第五多 of three), or a place that does not state the figure: no value.
  const missed = (outcome.position || outcome.place) && !asked;
  let lead: string;
  if (missed && outcome.place) {
    const place = placeName(outcome.place, language);
    lead = zh ? `${place}的报告没有载明${what}，不在排名中。` : `The ${place} report does not state ${what}; it is not ranked.`;
  } else if (missed) {
    lead = zh ? `只有 ${ranked.length} 份报告载明${what}，没有第 ${outcome.position} 位。` : `Only ${ranked.length} report${ranked.length === 1 ? '' : 's'} state ${what}; there is no No. ${outcome.position}.`;
  } else if (asked && outcome.place) {
    lead = zh ? `${who}排第 ${at} 位（${order}，共 ${ranked.length} 份报告载明）：${amount}。` : `${who} ranks No. ${at} of ${ranked.length} (${order}): ${amount}.`;
  } else if (asked) {
    lead = zh ? `第 ${at} 位（${order}）是${who}：${amount}。` : `No. ${at} (${order}): ${who}, ${amount}.`;
  } else {
    const end = outcome.order === 'desc' ? (zh ? '最多' : 'Highest') : zh ? '最少' : 'Lowest';
    lead = zh ? `${end}的是${who}：${amount}。` : `${end}: ${who}, ${amount}.`;
  }
  let text = zh ? lead + table : `${lead} ${table}`;
  if (notStated.length) {
    const names = notStated.slice(0, NAMED_IN_TEXT).map((r) => nameOf(r, zh));
    const rest = notStated.length - names.length;
    text += zh ? `未载明（不计为零）：${names.join('、')}${rest ? `等 ${notStated.length} 份` : ''}。` : ` Not stated (not counted as zero): ${names.join(', ')}${rest ? ` and ${rest} more` : ''}.`;
  }
  const years = [...new Set(ranked.map((r) => r.report.year))].sort();
  if (years.length > 1) text += zh ? `注意：年份不同（${years.join('、')}），不是同一年度的比较。` : ` Note: the years differ (${years.join(', ')}); this is not a comparison within one year.`;
  if (ranked.some((r) => r.among > 1)) text += zh ? '一份报告给出多个同类数字时取其最大者（通常是合计）。' : ' Where a report gives several such figures, the largest (usually the total) is ranked.';
  const factRows = asked ? [asked, ...ranked.filter((r) => r !== asked)] : ranked;
  const facts = factRows.map((r) => metricById.get(r.metricId)).filter((m) => !!m).map((m) => metricFact(m, outcome.reports, language));
  if (missed) return { ...none, text, value: null, facts, ranking };
  // A place's position is answered by its rank; the n-th by its value.
  if (asked && outcome.place) return { ...none, text, value: at, unit: null, qualifier: null, facts, ranking };
  return { ...none, text, value: head.value, unit: head.unit, qualifier: head.qualifier, facts, ranking };
}

const GROUP_WORDS: Record<Grouping, [string, string]> = { province: ['省', 'province'], city: ['市', 'city'], county: ['县', 'county'], year: ['年度', 'year'] };

/** Reports counted by group: each group with its count and its reports; the most (or fewest) first when asked. */
function renderGroups(grouped: GroupedReports, language: Language): { text: string; value: number | null; unit: string | null } {
  const zh = language === 'zh';
  const { groups, unplaced, by, order } = grouped;
  const groupName = (name: string) => (by === 'year' ? (zh ? `${name}年` : name) : zh ? name : regionName(name, language));
  const places = (reports: Report[]) => reports.map((r) => `${zh ? shortPlace(r.region, language) : placeName(r.region, language)}${by === 'year' ? '' : ` ${r.year}`}`).join(zh ? '、' : ', ');
  const counted = (n: number) => (zh ? `${n} 份` : `${n}`);
  const parts = groups.map((g) => `${groupName(g.name)} ${counted(g.reports.length)}${g.reports.length ? (zh ? `（${places(g.reports)}）` : ` (${places(g.reports)})`) : ''}`);
  const [word, wordEn] = GROUP_WORDS[by];
  // The reports counted: those of the groups shown (only 2023 and 2024, when those are named).
  const total = new Set([...groups.flatMap((g) => g.reports), ...unplaced].map((r) => r.id)).size;
  let text = zh ? `按${word}统计（共 ${total} 份报告）：${parts.join('；')}。` : `Reports by ${wordEn} (${total} in all): ${parts.join('; ')}.`;
  if (unplaced.length) text += zh ? `不属于任何${word}的：${places(unplaced)}。` : ` In no ${wordEn}: ${places(unplaced)}.`;
  let value: number | null = groups.length === 1 ? groups[0].reports.length : null;
  if (order && groups.length) {
    const top = groups[0].reports.length;
    const tied = groups.filter((g) => g.reports.length === top).map((g) => groupName(g.name));
    value = top;
    const most = order === 'desc';
    const head = zh
      ? `报告${most ? '最多' : '最少'}的是${tied.join('、')}${tied.length > 1 ? `，各 ${top} 份` : `，${top} 份`}。`
      : `${most ? 'Most' : 'Fewest'} reports: ${tied.length > 1 ? `${tied.slice(0, -1).join(', ')} and ${tied.at(-1)}` : tied[0]}, ${top}${tied.length > 1 ? ' each' : ''}.`;
    text = zh ? head + text : `${head} ${text}`;
  }
  return { text, value, unit: value === null ? null : zh ? '份' : 'reports' };
}

function scopeWords(scope: AcrossScope, language: Language): string {
  const zh = language === 'zh';
  const parts = [
    ...(scope.regions ?? []).map((r) => regionName(r, language)),
    scope.area ? regionName(scope.area, language) : '',
    scope.year ? String(scope.year) : '',
    ...(scope.except ?? []).map((r) => (zh ? `除${regionName(r, language)}外` : `except ${regionName(r, language)}`)),
  ].filter(Boolean);
  if (!parts.length) return zh ? '（全部报告）' : ' (all reports)';
  return zh ? `（${parts.join('、')}）` : ` (${parts.join(', ')})`;
}

export function interpretAcross(query: Extract<StructuredQuery, { op: 'rank' | 'reports' }>, language: Language, indicatorLabel?: string): string {
  const zh = language === 'zh';
  if (query.op === 'reports') {
    const topic = query.topic ? lexicon().topics.find((t) => t.key === query.topic) : undefined;
    const about = topic ? (zh ? `：有${topic.zh}数据` : ` with figures on ${topic.en.toLowerCase()}`) : '';
    const by = query.groupBy ? GROUP_WORDS[query.groupBy] : undefined;
    const grouped = by ? (zh ? `，按${by[0]}统计${query.groups ? `（${query.groups.join('、')}）` : ''}` : `, by ${by[1]}${query.groups ? ` (${query.groups.join(', ')})` : ''}`) : '';
    const recency = query.recency ? (zh ? `，${query.recency === 'latest' ? '最新' : '最早'}的在前` : `, ${query.recency === 'latest' ? 'most recent' : 'earliest'} first`) : '';
    return (zh ? `${query.count || by ? '报告数' : '报告列表'}${about}${grouped}${recency}` : `${query.count || by ? 'count of reports' : 'list of reports'}${about}${grouped}${recency}`) + scopeWords(query.scope, language);
  }
  const order = zh ? (query.order === 'desc' ? '从高到低' : '从低到高') : query.order === 'desc' ? 'highest first' : 'lowest first';
  const asked = query.position ? (zh ? `，第 ${query.position} 位` : `, No. ${query.position}`)
    : query.place ? (zh ? `，${regionName(query.place, language)}的位次` : `, where ${regionName(query.place, language)} stands`) : '';
  return zh ? `排名：${indicatorLabel ?? query.indicator ?? '各报告的对应数字'}，${order}${query.limit ? `，前 ${query.limit}` : ''}${asked}${scopeWords(query.scope, language)}`
    : `rank: ${indicatorLabel ?? query.indicator ?? "each report's figure"}, ${order}${query.limit ? `, top ${query.limit}` : ''}${asked}${scopeWords(query.scope, language)}`;
}

export function graphqlForAcross(query: Extract<StructuredQuery, { op: 'rank' | 'reports' }>): string {
  const args = [query.scope.area ? `region: ${JSON.stringify(query.scope.area)}` : '', query.scope.year ? `year: ${query.scope.year}` : ''].filter(Boolean).join(', ');
  if (query.op === 'reports' || !query.indicator) {
    // A ranking no report in scope states: the reports it asked of.
    if (query.op === 'rank' && query.metrics?.length) return `{\n${(query.metrics ?? []).map((id, i) => `  m${i + 1}: metric(id: ${JSON.stringify(id)}) { id label value unit quote span { start end } report { id region year excerpt } }`).join('\n')}\n}`;
    return `{\n  reports${args ? `(${args})` : ''} { id region year title excerpt sourceUrl }\n}`;
  }
  return `{\n  indicator(id: ${JSON.stringify(query.indicator)}${args ? `, ${args}` : ''}) {\n    indicator { id labelZh labelEn reportCount }\n    values { value unit qualifier span { start end } report { id region year excerpt } metric { quote } }\n    notStated { id region year excerpt }\n  }\n}`;
}
