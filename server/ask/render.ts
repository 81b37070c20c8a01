/**
 * Turning an executed query into an answer a person reads, in the question's language: the number
 * with its unit and qualifier (2200余名 / more than 2,200), derived values with their formula, the
 * source of every fact, and what the hub understood the question to be.
 */
import { rateFormula } from '../query/rates.js';
import { lexicon, unitNameEn } from '../vocabulary/lexicon.js';
import { regionNamed } from '../vocabulary/regions.js';
import { sentenceAround } from '../vocabulary/sentences.js';
import { translatePhrase } from '../vocabulary/translate.js';
import { Qualifier, type Metric, type Report, type Section } from '../model/index.js';
import { isLowConfidence } from '../model/label-confidence.js';
import { AnswerStatus, FactKind, ResolvedBy, SummaryPart, UnanswerableReasonEnum, type Answer, type Candidate, type Fact, type RankingRow, type ReportSummary, type SummarySection } from './answer.type.js';
import { graphqlForAcross, interpretAcross, renderAcross } from './render-across.js';
import type { Outcome, SummaryOutcome } from './execute.js';
import type { Language } from './normalize.js';
import type { StructuredQuery } from './structured-query.js';

const zh = (language: Language) => language === 'zh';

/** 紫云自治县 / Ziyun: the short name people use. */
export function regionName(region: string, language: Language): string {
  const known = regionNamed(region);
  return zh(language) ? (known.aliases[0] ?? known.name) : known.pinyin;
}

export function reportName(report: Pick<Report, 'region' | 'year'>, language: Language): string {
  return zh(language) ? `${regionName(report.region, language)}${report.year}年` : `${regionName(report.region, language)} ${report.year}`;
}

/**
 * A place named in an English answer across reports, with its Chinese name: Jianghan (江汉区). The
 * reports, their tables and the figures' quotes are in Chinese, so a reader matches the answer to its
 * sources by the name the report itself uses; a Chinese answer names the place as it is.
 */
export function placeName(region: string, language: Language): string {
  return zh(language) ? regionName(region, language) : `${regionName(region, language)} (${regionName(region, 'zh')})`;
}

/** A report named among others (rankings, differences and sums of places): 江汉区2024年, Jianghan (江汉区) 2024. */
export function reportAmongOthers(report: Pick<Report, 'region' | 'year'>, language: Language): string {
  return zh(language) ? reportName(report, language) : `${placeName(report.region, language)} ${report.year}`;
}


const QUALIFIER_ZH: Record<Qualifier, [string, string]> = {
  EXACT: ['', ''], MORE_THAN: ['', '余'], AT_LEAST: ['', '以上'], APPROXIMATE: ['约', ''], LESS_THAN: ['不足', ''], AT_MOST: ['', '以下'],
};
const QUALIFIER_EN: Record<Qualifier, string> = {
  EXACT: '', MORE_THAN: 'more than ', AT_LEAST: 'at least ', APPROXIMATE: 'about ', LESS_THAN: 'fewer than ', AT_MOST: 'at most ',
};

/** One formatter (toLocaleString with options makes one per call: a ranking's text formats many). */
const EN_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A value with its unit and qualifier: 2200余名, 8万余份; more than 2,200 people, 100%. */
export function formatValue(value: number, unit: string, qualifier: Qualifier, language: Language): string {
  if (zh(language)) {
    const [before, after] = QUALIFIER_ZH[qualifier];
    const number = value >= 10000 && value % 10000 === 0 ? `${value / 10000}万` : String(value);
    if (unit === '%') return `${before}${number}%${after === '以上' || after === '以下' ? after : ''}`;
    return after === '以上' || after === '以下' ? `${before}${number}${unit}${after}` : `${before}${number}${after}${unit}`;
  }
  const number = EN_NUMBER.format(value);
  return unit === '%' ? `${QUALIFIER_EN[qualifier]}${number}%` : `${QUALIFIER_EN[qualifier]}${number} ${unitNameEn(unit, value)}`;
}

/** A stored figure as the report writes it in Chinese (8万余份), or formatted in English. */
export function figure(metric: Metric, language: Language): string {
  return zh(language) ? metric.text.replace(/\s+/g, '') : formatValue(metric.value, metric.unit, metric.qualifier, language);
}

/** What a figure whose automatic label is a guess says after its label, wherever it is shown. */
export const TENTATIVE = { zh: '(自动标注,含义可能不准)', en: ' (automatic label, meaning uncertain)' } as const;

/** A figure's label; a low-confidence automatic one says that it is a guess. */
export const label = (metric: Metric, language: Language) =>
  (zh(language) ? metric.labelZh : metric.labelEn) + (isLowConfidence(metric) ? TENTATIVE[zh(language) ? 'zh' : 'en'] : '');

export function metricFact(metric: Metric, reports: Map<string, Report>, language: Language): Fact {
  const report = reports.get(metric.reportId);
  return {
    kind: FactKind.FIGURE,
    value: metric.value,
    unit: metric.unit,
    qualifier: metric.qualifier,
    label: label(metric, language),
    quote: metric.quote,
    span: metric.span,
    quoteSpan: metric.quoteSpan,
    metricId: metric.id,
    sectionId: metric.sectionId,
    reportId: metric.reportId,
    region: report?.region ?? '',
    year: report?.year ?? 0,
  };
}

/**
 * A figure the report writes with 万 or 亿 (罚没金额1093万元, 1.98亿美元), as it writes it: the number
 * before the multiplier in the multiplied unit (1093 万元), beside the figure in its base unit, so the
 * answer shows the report's own number too. Not marked in the quote (the figure's own fact is).
 */
function asWritten(metric: Metric, reports: Map<string, Report>, language: Language): Fact[] {
  const m = /^\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*[余多]?\s*([万亿])/.exec(metric.text);
  if (!m) return [];
  const fact = metricFact(metric, reports, language);
  const note = zh(language) ? '（原文写法）' : ' (as the report writes it)';
  return [{ ...fact, value: Number(m[1].replace(/,/g, '')), unit: `${m[2]}${metric.unit}`, label: `${fact.label}${note}`, span: null }];
}

function sectionFact(section: Section, text: string, report: Report): Fact {
  return {
    kind: FactKind.SECTION, value: null, unit: null, qualifier: null,
    label: section.heading,
    quote: text.slice(section.spanStart, section.spanEnd),
    span: section.span, quoteSpan: section.span,
    metricId: null, sectionId: section.id, reportId: report.id, region: report.region, year: report.year,
  };
}

/** "… in Ziyun 2024" only when answers could come from more than one report. */
function where(metric: Metric, reports: Map<string, Report>, language: Language, always = false): string {
  const report = reports.get(metric.reportId);
  if (!report || (!always && reports.size <= 1)) return '';
  return zh(language) ? `（${reportName(report, language)}）` : ` (${reportName(report, language)})`;
}

export interface Rendered {
  text: string;
  value: number | null;
  unit: string | null;
  qualifier: Qualifier | null;
  facts: Fact[];
  derivation: string | null;
}

const SECTION_ROLE_NAME: Record<string, [string, string]> = {
  PROBLEM: ['存在的问题', 'Problems the report identifies'],
  RECOMMENDATION: ['下一步工作建议', 'Recommendations and next steps'],
  WORK: ['主要工作', 'Work done'],
};
const METADATA_NAME: Record<string, [string, string]> = {
  publisher: ['发布单位', 'Published by'], publishedOn: ['发布日期', 'Published on'], title: ['报告标题', 'Title'],
  region: ['地区', 'Region'], year: ['年度', 'Year'],
};
const REASON_TEXT: Record<UnanswerableReasonEnum, [string, string]> = {
  NO_SUCH_PERIOD: ['没有该年份的报告数据', 'The hub holds no report for that year'],
  NO_SUCH_REGION: ['没有该地区的报告数据', 'The hub holds no report for that place'],
  NOT_IN_REPORT: ['报告中没有给出这项数据', 'The report does not give this figure'],
  OUT_OF_SCOPE: ['这个问题不在报告数据的范围内', 'This question is outside what the reports cover'],
};

export function renderOutcome(outcome: Outcome, language: Language, held: Report[]): Rendered & { ranking?: RankingRow[]; summary?: ReportSummary } {
  if (outcome.op === 'rank' || outcome.op === 'reports') return renderAcross(outcome, language);
  const z = zh(language);
  const facts = (metrics: Metric[]) => metrics.map((m) => metricFact(m, outcome.reports, language));
  const none = { value: null, unit: null, qualifier: null, derivation: null };
  switch (outcome.op) {
    case 'lookup': {
      const [only] = outcome.metrics;
      if (outcome.metrics.length === 1) {
        const text = z
          ? `${reportName(outcome.reports.get(only.reportId)!, language)}${label(only, language)}为${figure(only, language)}。`
          : `${label(only, language)}: ${figure(only, language)} (${reportName(outcome.reports.get(only.reportId)!, language)}).`;
        return { text, value: only.value, unit: only.unit, qualifier: only.qualifier, facts: [...facts([only]), ...asWritten(only, outcome.reports, language)], derivation: null };
      }
      const lines = outcome.metrics.map((m) => `${label(m, language)}${z ? '：' : ': '}${figure(m, language)}${where(m, outcome.reports, language)}`);
      return { ...none, text: z ? `${lines.join('；')}。` : `${lines.join('; ')}.`, facts: facts(outcome.metrics) };
    }
    case 'sum':
    case 'difference':
    case 'ratio': {
      const { operands, operator, result, qualifier } = outcome.derivation;
      const formula = `${operands.map((m) => m.value).join(` ${operator} `)} = ${result}${outcome.op === 'ratio' ? '%' : ''}`;
      const value = formatValue(Math.abs(result), outcome.unit, qualifier, language);
      const [a, b] = operands;
      let text: string;
      // Figures of several reports say whose each is: 郎溪2024年开展宣讲75场次，鲁山2024年…
      const several = new Set(operands.map((m) => m.reportId)).size > 1;
      const whose = (m: Metric) => {
        const report = several ? outcome.reports.get(m.reportId) : undefined;
        return report ? (z ? reportAmongOthers(report, language) : `${reportAmongOthers(report, language)}: `) : '';
      };
      if (outcome.op === 'sum') {
        text = z ? `${operands.map((m) => whose(m) + m.labelZh).join('、')}合计${value}（${formula}）。`
          : `${value} in total: ${operands.map((m) => whose(m) + m.labelEn).join(' + ')} (${formula}).`;
      } else if (outcome.op === 'difference') {
        text = z ? `${whose(a)}${a.labelZh}${figure(a, language)}，${whose(b)}${b.labelZh}${figure(b, language)}，${result >= 0 ? '多' : '少'}${value}（${formula}）。`
          : `${whose(a)}${a.labelEn} (${figure(a, language)}) is ${value} ${result >= 0 ? 'more' : 'fewer'} than ${whose(b)}${b.labelEn} (${figure(b, language)}) (${formula}).`;
      } else {
        text = z ? `${a.labelZh}占${b.labelZh}的${value}（${formula}）。`
          : `${value}: ${a.labelEn} as a share of ${b.labelEn} (${formula}).`;
      }
      return { text, value: result, unit: outcome.unit, qualifier, facts: facts(operands), derivation: formula };
    }
    case 'compare': {
      const { largest, metrics } = outcome;
      const others = metrics.filter((m) => m !== largest);
      const tied = others.filter((m) => m.value === largest.value);
      const text = tied.length
        ? (z ? `两者相同：${metrics.map((m) => `${m.labelZh}${figure(m, language)}`).join('，')}。`
          : `They are equal: ${metrics.map((m) => `${m.labelEn} ${figure(m, language)}`).join(', ')}.`)
        : (z ? `${largest.labelZh}更多${where(largest, outcome.reports, language)}：${figure(largest, language)}；${others.map((m) => `${m.labelZh}${where(m, outcome.reports, language)}${figure(m, language)}`).join('；')}。`
          : `${largest.labelEn}${where(largest, outcome.reports, language)} is larger: ${figure(largest, language)}, against ${others.map((m) => `${figure(m, language)} for ${m.labelEn}${where(m, outcome.reports, language)}`).join(', ')}.`);
      return { ...none, text, facts: facts(metrics) };
    }
    case 'breakdown': {
      const { total, parts } = outcome;
      const list = parts.map((p) => `${label(p, language)}${z ? '' : ' '}${figure(p, language)}`);
      const text = z ? `${total.labelZh}${figure(total, language)}，其中${list.join('、')}。`
        : `${total.labelEn}: ${figure(total, language)}, of which ${list.join('; ')}.`;
      return { ...none, text, facts: facts([total, ...parts]) };
    }
    case 'sections': {
      const [nameZh, nameEn] = SECTION_ROLE_NAME[outcome.role];
      const items = outcome.sections.map((s, i) => `${i + 1}. ${s.heading}`);
      const text = items.length
        ? (z ? `${nameZh}：${items.join('；')}。` : `${nameEn} (as written, in Chinese): ${items.join('; ')}.`)
        : (z ? `报告中没有${nameZh}部分。` : `The report has no part on ${nameEn.toLowerCase()}.`);
      const sectionFacts = outcome.sections.map((s) => sectionFact(s, outcome.texts.get(s.reportId) ?? '', outcome.reports.get(s.reportId)!));
      return { ...none, text, facts: sectionFacts };
    }
    case 'documents': {
      const titles = [...new Set(outcome.documents.map((d) => `\u300A${d.title}\u300B`))];
      const text = titles.length
        ? (z ? `${outcome.near ? '该项涉及的文件' : '报告引用的文件'}：${titles.join('、')}。` : `${outcome.near ? 'Documents named with this figure' : 'Documents the report cites'}: ${titles.join(', ')}.`)
        : (z ? '报告没有引用文件。' : 'The report cites no documents here.');
      const docFacts: Fact[] = outcome.documents.map((d) => {
        const report = outcome.reports.get(d.reportId)!;
        const text = outcome.texts.get(d.reportId) ?? '';
        const sentence = sentenceAround(text, d.spanStart, d.spanEnd);
        return {
          kind: FactKind.DOCUMENT, value: null, unit: null, qualifier: null, label: d.title,
          quote: text.slice(sentence.start, sentence.end), span: d.span, quoteSpan: sentence,
          metricId: null, sectionId: d.sectionId, reportId: d.reportId, region: report.region, year: report.year,
        };
      });
      if (outcome.near) docFacts.unshift(metricFact(outcome.near, outcome.reports, language));
      return { ...none, text, facts: docFacts };
    }
    case 'metadata': {
      const { report, field } = outcome;
      const raw = report[field];
      const value = raw === null || raw === undefined ? null : String(raw);
      const [nameZh, nameEn] = METADATA_NAME[field];
      const text = value === null
        ? (z ? `报告没有写明${nameZh}。` : `The report does not state this (${nameEn.toLowerCase()}).`)
        : (z ? `${nameZh}:${value}。` : `${nameEn}: ${value}.`);
      // The line of the report that says it: 来源: …, 日期: …, or the title.
      const needle = field === 'publishedOn' && value ? value : value ?? '';
      const at = needle ? outcome.text.indexOf(needle) : -1;
      const line = at >= 0 ? lineAround(outcome.text, at) : { start: 0, end: outcome.text.indexOf('\n') };
      const fact: Fact = {
        kind: FactKind.REPORT, value: field === 'year' ? report.year : null, unit: null, qualifier: null,
        label: z ? nameZh : nameEn, quote: outcome.text.slice(line.start, line.end),
        span: at >= 0 ? { start: at, end: at + needle.length } : null, quoteSpan: line,
        metricId: null, sectionId: null, reportId: report.id, region: report.region, year: report.year,
      };
      return { ...none, value: field === 'year' ? report.year : null, text, facts: [fact] };
    }
    case 'passage': {
      const { report, text, start, end, ordinal } = outcome;
      const fact: Fact = {
        kind: FactKind.SECTION, value: ordinal?.value ?? null, unit: null, qualifier: null, label: z ? '报告原文' : 'From the report',
        quote: text, span: ordinal ? { start: ordinal.start, end: ordinal.end } : { start, end }, quoteSpan: { start, end },
        metricId: null, sectionId: null, reportId: report.id, region: report.region, year: report.year,
      };
      // The rank or number asked for (第几), as the sentence states it.
      const lead = ordinal ? (z ? `第${ordinal.value}。` : `No. ${ordinal.value}. `) : '';
      return { ...none, value: ordinal?.value ?? null, text: lead + (z ? `报告原文：${text}` : `The report says (in Chinese): ${text}`), facts: [fact] };
    }
    case 'overview': return renderOverview(outcome, language, facts);
    case 'summary': return renderSummary(outcome, language);
    case 'none': {
      const [reasonZh, reasonEn] = REASON_TEXT[outcome.reason as UnanswerableReasonEnum];
      const holds = held.map((r) => reportName(r, language)).join(z ? '、' : ', ');
      let text = z ? `${reasonZh}。` : `${reasonEn}.`;
      // Say which place or year the hub holds nothing for (赫章, 2030), not only that it holds nothing.
      if (outcome.place && outcome.reason === 'NO_SUCH_REGION') text = z ? `没有${outcome.place}的报告数据。` : `The hub holds no report for ${regionName(outcome.place, language)}.`;
      if (outcome.lacking) text = z ? `${reportName(outcome.lacking, language)}的报告没有给出这项数据。` : `The ${reportName(outcome.lacking, language)} report does not give this figure.`;
      if (outcome.place && outcome.reason === 'NO_SUCH_PERIOD') text = z ? `没有${outcome.place}年的报告数据。` : `The hub holds no report for ${outcome.place}.`;
      if (outcome.reason === 'NO_SUCH_PERIOD' || outcome.reason === 'NO_SUCH_REGION') {
        text += z ? `现有报告：${holds}。` : ` Reports held: ${holds}.`;
      }
      if (outcome.nearest.length) {
        const near = outcome.nearest.map((m) => `${label(m, language)}${where(m, outcome.reports, language, true)}${z ? '' : ' '}${figure(m, language)}`);
        text += z ? `相近的已有数据：${near.join('；')}。` : ` Nearest figures the hub holds: ${near.join('; ')}.`;
      }
      return { ...none, text, facts: facts(outcome.nearest) };
    }
  }
}

/** A topic's name in the language asked (the lexicon's), or its key. */
function topicName(topicId: string, language: Language): string {
  const entry = lexicon().topics.find((t) => t.key === topicId);
  return entry ? (zh(language) ? entry.zh : entry.en) : topicId;
}

/**
 * An overview: each topic's figures, one per line with where it comes from, and the rates its
 * funnel implies, marked as computed (the report does not state them) with their formula.
 */
function renderOverview(outcome: Extract<Outcome, { op: 'overview' }>, language: Language, facts: (m: Metric[]) => Fact[]): Rendered {
  const z = zh(language);
  const blocks = outcome.topics.map(({ topicId, metrics, rates }) => {
    const name = topicName(topicId, language);
    if (!metrics.length) return z ? `${name}：报告中没有这方面的数据。` : `${name}: the reports give no figures on this.`;
    const lines = metrics.map((m) => `${label(m, language)}${z ? ' ' : ': '}${figure(m, language)}${where(m, outcome.reports, language)}`);
    const computed = rates.map((r) => rateFormula(r, language));
    const rateText = computed.length ? (z ? `计算所得（报告未直接给出）：${computed.join('；')}。` : ` Computed (not stated in the report): ${computed.join('; ')}.`) : '';
    return z ? `${name}（${metrics.length} 项）：${lines.join('；')}。${rateText}` : `${name} (${metrics.length} ${metrics.length === 1 ? 'figure' : 'figures'}): ${lines.join('; ')}.${rateText}`;
  });
  const derivation = outcome.topics.flatMap((t) => t.rates.map((r) => rateFormula(r, language))).join(z ? '；' : '; ') || null;
  return { value: null, unit: null, qualifier: null, derivation, text: blocks.join(z ? '\n' : '\n'), facts: facts(outcome.topics.flatMap((t) => t.metrics)) };
}

const SUMMARY_NAME: Record<'outline' | 'figures' | 'problems' | 'nextSteps', [string, string]> = {
  outline: ['报告结构', 'Outline'], figures: ['主要数据', 'Headline figures'], problems: ['存在的问题', 'Problems'], nextSteps: ['下一步', 'Next steps'],
};
const SUMMARY_MISSING: Record<SummaryPart, [string, string]> = {
  OUTLINE: ['报告没有分部分的标题', 'The report has no headed parts'],
  FIGURES: ['报告中没有可列为主要数据的数字', 'The report has no figure to list as a headline figure'],
  PROBLEMS: ['报告中没有“存在的问题”部分', 'The report has no part on problems'],
  NEXT_STEPS: ['报告中没有“下一步”部分', 'The report has no part on next steps'],
};

/** A section as a summary shows it: its heading as written, and the line of the report it stands on. */
function summarySection(section: Section, text: string): SummarySection {
  const line = lineAround(text, section.headingStart);
  return {
    sectionId: section.id, path: section.path, marker: section.marker, heading: section.heading, headingEn: headingInEnglish(section),
    span: section.span, headingSpan: section.headingSpan, quote: text.slice(line.start, line.end).trim() || section.heading,
  };
}

/**
 * A heading's English: the genre's name for a top-level part on problems or next steps (存在的问题 →
 * Problems the report identifies), else its word-by-word English (translate.ts), capitalised; its
 * place in the outline when no word is known.
 */
function headingInEnglish(section: Section): string {
  if (!section.parentId && (section.role === 'PROBLEM' || section.role === 'RECOMMENDATION')) return SECTION_ROLE_NAME[section.role][1];
  const english = translatePhrase(section.heading).english.trim();
  return english ? english.replace(/^[a-z]/, (c) => c.toUpperCase()) : `Part ${section.path}`;
}

/**
 * A report's summary: its title, place and year, the outline, the headline figures (each with its
 * source sentence), then the lines of 存在的问题 and 下一步; a part the report lacks is said to be
 * missing, never filled in. Headings are quoted as written (Chinese), as the sections answer does.
 */
function renderSummary(outcome: SummaryOutcome, language: Language): Rendered & { summary: ReportSummary } {
  const z = zh(language);
  const { report, text } = outcome;
  const titleAt = report.title ? text.indexOf(report.title) : -1;
  const sectionOf = (s: Section) => summarySection(s, text);
  const figureFacts = outcome.figures.map((m) => metricFact(m, outcome.reports, language));
  const missing = [
    !outcome.outline.length && SummaryPart.OUTLINE, !outcome.figures.length && SummaryPart.FIGURES,
    !outcome.problems.length && SummaryPart.PROBLEMS, !outcome.nextSteps.length && SummaryPart.NEXT_STEPS,
  ].filter((p): p is SummaryPart => !!p);
  const summary: ReportSummary = {
    reportId: report.id, title: report.title, titleSpan: titleAt >= 0 ? { start: titleAt, end: titleAt + report.title.length } : null,
    region: report.region, place: regionName(report.region, language), placeEn: regionName(report.region, 'en'), placeZh: regionName(report.region, 'zh'), year: report.year, excerpt: report.excerpt,
    outline: outcome.outline.map(sectionOf), figures: figureFacts,
    rates: outcome.rates.map((r) => ({
      key: r.definition.key, name: r.definition.zh, nameEn: r.definition.en, value: r.value, formula: rateFormula(r, 'zh'), formulaEn: rateFormula(r, 'en'),
      numeratorId: r.numerator.id, denominatorId: r.denominator.id,
    })),
    problems: outcome.problems.map(sectionOf), nextSteps: outcome.nextSteps.map(sectionOf), missing,
  };

  const name = (key: keyof typeof SUMMARY_NAME) => SUMMARY_NAME[key][z ? 0 : 1];
  // In English the headings' word-by-word English, said to be that; the card links each to its Chinese.
  const headings = (sections: SummarySection[]) => sections.map((s, i) => `${i + 1}. ${z ? s.heading : s.headingEn}`).join(z ? '；' : '; ');
  const absent = (part: SummaryPart) => SUMMARY_MISSING[part][z ? 0 : 1];
  const lines: string[] = [z
    ? `《${report.title}》（${regionName(report.region, language)}，${report.year}年）${report.excerpt ? '，为报告节选' : ''}。`
    : `${reportName(report, language)}: “${report.title}” (title in Chinese)${report.excerpt ? ', an excerpt of the report' : ''}.`];
  lines.push(summary.outline.length
    ? (z ? `${name('outline')}（${summary.outline.length} 部分）：${headings(summary.outline)}。` : `${name('outline')} (${summary.outline.length} ${summary.outline.length === 1 ? 'part' : 'parts'}, headings translated word by word): ${headings(summary.outline)}.`)
    : `${absent(SummaryPart.OUTLINE)}${z ? '。' : '.'}`);
  lines.push(outcome.figures.length
    ? (z ? `${name('figures')}：${outcome.figures.map((m) => `${label(m, language)} ${figure(m, language)}`).join('；')}。`
      : `${name('figures')}: ${outcome.figures.map((m) => `${label(m, language)}: ${figure(m, language)}`).join('; ')}.`)
    : `${absent(SummaryPart.FIGURES)}${z ? '。' : '.'}`);
  const formulas = summary.rates.map((r) => (z ? r.formula : r.formulaEn));
  if (formulas.length) lines.push(z ? `计算所得（报告未直接给出）：${formulas.join('；')}。` : `Computed (not stated in the report): ${formulas.join('; ')}.`);
  for (const [key, part, sections] of [['problems', SummaryPart.PROBLEMS, summary.problems], ['nextSteps', SummaryPart.NEXT_STEPS, summary.nextSteps]] as const) {
    lines.push(sections.length
      ? (z ? `${name(key)}：${headings(sections)}。` : `${name(key)} (translated word by word): ${headings(sections)}.`)
      : `${absent(part)}${z ? '。' : '.'}`);
  }
  // The title, then the figures, then the problem and next-step lines: every fact with its source.
  const titleLine = titleAt >= 0 ? lineAround(text, titleAt) : null;
  const reportFact: Fact = {
    kind: FactKind.REPORT, value: null, unit: null, qualifier: null, label: z ? '报告标题' : 'Title',
    quote: titleLine ? text.slice(titleLine.start, titleLine.end) : report.title,
    span: summary.titleSpan, quoteSpan: titleLine,
    metricId: null, sectionId: null, reportId: report.id, region: report.region, year: report.year,
  };
  const lineFacts = [...summary.problems, ...summary.nextSteps].map((s): Fact => ({
    kind: FactKind.SECTION, value: null, unit: null, qualifier: null, label: s.heading, quote: s.quote,
    span: s.headingSpan, quoteSpan: lineAround(text, s.headingSpan.start),
    metricId: null, sectionId: s.sectionId, reportId: report.id, region: report.region, year: report.year,
  }));
  return {
    value: null, unit: null, qualifier: null, derivation: formulas.join(z ? '；' : '; ') || null,
    text: lines.join('\n'), facts: [reportFact, ...figureFacts, ...lineFacts], summary,
  };
}

function lineAround(text: string, at: number) {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return { start, end: end < 0 ? text.length : end };
}

const OP_NAME: Record<StructuredQuery['op'], [string, string]> = {
  lookup: ['查找', 'look up'], sum: ['合计', 'sum'], difference: ['差值', 'difference'], ratio: ['比例', 'ratio'],
  compare: ['比较', 'compare'], breakdown: ['构成', 'breakdown'], sections: ['列出', 'list'], documents: ['引用文件', 'cited documents'],
  metadata: ['报告信息', 'report metadata'], passage: ['原文', 'passage'], overview: ['概览', 'overview'], summary: ['报告摘要', 'summary'], none: ['无数据', 'no data'],
  rank: ['排名', 'rank'], reports: ['报告', 'reports'],
};

/** The structured query as a person reads it: 比例：行政复议案件受理数 ÷ 行政复议案件申请数（紫云自治县2024年）. */
export function interpret(query: StructuredQuery, language: Language, metricOf: (id: string) => Metric | undefined, reportOf: (id: string) => Report | undefined, indicatorLabel?: string): string {
  const z = zh(language);
  const [opZh, opEn] = OP_NAME[query.op];
  const name = (id: string) => {
    const m = metricOf(id);
    return m ? label(m, language) : id;
  };
  const scopeOf = (ids: string[]) => {
    const names = [...new Set(ids.map((id) => metricOf(id)?.reportId).filter((r): r is string => !!r))]
      .map((r) => reportOf(r)).filter((r): r is Report => !!r).map((r) => reportName(r, language));
    return names.length ? (z ? `（${names.join('、')}）` : ` (${names.join(', ')})`) : '';
  };
  const head = z ? `${opZh}：` : `${opEn}: `;
  switch (query.op) {
    case 'rank':
    case 'reports': return interpretAcross(query, language, indicatorLabel);
    case 'lookup': return head + query.metrics.map(name).join(z ? '、' : ', ') + scopeOf(query.metrics);
    case 'sum': return head + query.metrics.map(name).join(' + ') + scopeOf(query.metrics);
    case 'difference': return head + `${name(query.minuend)} − ${name(query.subtrahend)}` + scopeOf([query.minuend, query.subtrahend]);
    case 'ratio': return head + `${name(query.numerator)} ÷ ${name(query.denominator)}` + scopeOf([query.numerator, query.denominator]);
    case 'compare': return head + query.metrics.map(name).join(z ? ' 与 ' : ' vs ') + scopeOf(query.metrics);
    case 'breakdown': return head + name(query.total) + scopeOf([query.total]);
    case 'sections': return head + (z ? SECTION_ROLE_NAME[query.role][0] : SECTION_ROLE_NAME[query.role][1].toLowerCase()) + scopeText(query.scope, language);
    case 'documents': return head + (query.near ? name(query.near) : z ? '全部' : 'all') + scopeText(query.scope, language);
    case 'metadata': return head + (z ? METADATA_NAME[query.field][0] : METADATA_NAME[query.field][1].toLowerCase()) + scopeText(query.scope, language);
    case 'passage': {
      const report = reportOf(query.reportId);
      return head + (report ? reportName(report, language) : query.reportId) + ` ${query.start}–${query.end}`;
    }
    case 'overview': return head + query.topics.map((t) => topicName(t, language)).join(z ? '、' : ', ') + scopeText(query.scope, language);
    case 'summary': {
      const report = query.scope.reportId ? reportOf(query.scope.reportId) : undefined;
      return head + (report ? reportName(report, language) : (scopeText(query.scope, language).replace(/^ ?[(（]|[)）]$/g, '') || (z ? '报告' : 'the report')));
    }
    case 'none': return head + (z ? REASON_TEXT[query.reason][0] : REASON_TEXT[query.reason][1].toLowerCase()) + scopeText(query.scope, language);
  }
}

function scopeText(scope: { region?: string; year?: number; reportId?: string }, language: Language): string {
  const parts = [scope.region ? regionName(scope.region, language) : '', scope.year ? String(scope.year) : ''].filter(Boolean);
  if (!parts.length) return '';
  return zh(language) ? `（${parts.join(' ')}）` : ` (${parts.join(' ')})`;
}

/** The same data through the public API: what a frontend would paste to get it. */
export function graphqlFor(query: StructuredQuery): string {
  const fields = 'id label labelEn value unit qualifier quote span { start end } report { id region year }';
  const scopeArgs = (scope: { reportId?: string; region?: string; year?: number }) =>
    [scope.reportId ? `reportId: ${JSON.stringify(scope.reportId)}` : '', !scope.reportId && scope.region ? `region: ${JSON.stringify(scope.region)}` : '',
      !scope.reportId && scope.year ? `year: ${scope.year}` : ''].filter(Boolean).join(', ');
  const metrics = (ids: string[]) => `{\n${ids.map((id, i) => `  m${i + 1}: metric(id: ${JSON.stringify(id)}) { ${fields} }`).join('\n')}\n}`;
  switch (query.op) {
    case 'rank':
    case 'reports': return graphqlForAcross(query);
    case 'lookup':
    case 'sum':
    case 'compare': return metrics(query.metrics);
    case 'difference': return metrics([query.minuend, query.subtrahend]);
    case 'ratio': return metrics([query.numerator, query.denominator]);
    case 'breakdown': return `{\n  metric(id: ${JSON.stringify(query.total)}) { ${fields} parts { ${fields} } }\n}`;
    case 'sections': {
      const args = [scopeArgs(query.scope), `role: ${query.role}`, 'kind: ITEM'].filter(Boolean).join(', ');
      return `{\n  sections(${args}) { id marker heading text span { start end } }\n}`;
    }
    case 'documents': {
      const args = scopeArgs(query.scope);
      return `{\n  documents${args ? `(${args})` : ''} { id title span { start end } section { heading } }\n}`;
    }
    case 'metadata': {
      const fieldsWanted = 'id title region year publisher publishedOn';
      if (query.scope.reportId) return `{\n  report(id: ${JSON.stringify(query.scope.reportId)}) { ${fieldsWanted} }\n}`;
      const args = scopeArgs(query.scope);
      return `{\n  reports${args ? `(${args})` : ''} { ${fieldsWanted} }\n}`;
    }
    case 'overview': {
      const args = scopeArgs(query.scope);
      return `{\n${query.topics.map((t, i) => `  t${i + 1}: metrics(filter: { topic: ${JSON.stringify(t)}${args ? `, ${args}` : ''} }, first: 100) { nodes { ${fields} } }`).join('\n')}\n}`;
    }
    case 'summary': {
      const summaryFields = 'id title region year outline { marker heading span { start end } } brief { keyFigures { metric { ' + fields + ' } } problems { heading span { start end } } recommendations { heading span { start end } } }';
      if (query.scope.reportId) return `{\n  report(id: ${JSON.stringify(query.scope.reportId)}) { ${summaryFields} }\n}`;
      const args = scopeArgs(query.scope);
      return `{\n  reports${args ? `(${args})` : ''} { ${summaryFields} }\n}`;
    }
    case 'passage': return `{\n  report(id: ${JSON.stringify(query.reportId)}) { text }\n}\n# the passage is text.slice(${query.start}, ${query.end})`;
    case 'none': return query.nearest.length ? metrics(query.nearest) : '{\n  reports { id region year title }\n}';
  }
}

export function emptyAnswer(): Omit<Answer, 'text' | 'interpretation' | 'query' | 'graphql' | 'status' | 'language'> {
  return { value: null, unit: null, qualifier: null, facts: [], derivation: null, resolvedBy: ResolvedBy.RULES, reason: null, candidates: [] as Candidate[], confidence: 0, notes: [], ranking: [], summary: null };
}

export { AnswerStatus };
