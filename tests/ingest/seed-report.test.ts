/** The bundled seed report (紫云自治县 2024) with its catalog, through the whole ingest. */
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../server/ingest/metadata.js';
import type { ParsedFigure } from '../../server/ingest/report.js';
import { contains } from '../../server/vocabulary/span.js';
import { seedCatalog, seedReport, seedText } from './helpers.js';

function figure(key: string): ParsedFigure {
  const found = seedReport().figures.filter((f) => f.key === key);
  expect(found, `figures keyed ${key}`).toHaveLength(1);
  return found[0];
}

function figureSummary(key: string) {
  const f = figure(key);
  return { value: f.value, unit: f.unit, qualifier: f.qualifier, text: f.text };
}

describe('metadata', () => {
  it('reads the title from the first line', () => {
    expect(seedReport().metadata.title).toBe('紫云自治县2024年度法治政府建设工作报告');
  });

  it('resolves the short name 紫云自治县 to the region 紫云苗族布依族自治县', () => {
    expect(seedReport().metadata.region).toBe('紫云苗族布依族自治县');
  });

  it('reads the year 2024 from 2024年度 in the title', () => {
    expect(seedReport().metadata.year).toBe(2024);
  });

  it('reads the publisher from the 来源 line', () => {
    expect(seedReport().metadata.publisher).toBe('紫云苗族布依族自治县司法局');
  });

  it('reads publishedOn 2025-03-28 from the 日期 line, dropping the time', () => {
    expect(seedReport().metadata.publishedOn).toBe('2025-03-28');
  });

  it('starts the body right after the 字号 line, at 2024年,紫云自治县人民政府', () => {
    const text = seedText();
    const { bodyStart } = readMetadata(text);
    expect(bodyStart).toBe(73);
    expect(text.slice(bodyStart).startsWith('2024年,紫云自治县人民政府')).toBe(true);
  });
});

describe('figures', () => {
  it('finds 88 figures', () => {
    expect(seedReport().figures).toHaveLength(88);
  });

  it('gives every figure a span that slices back to its text', () => {
    const { text, figures } = seedReport();
    const wrong = figures.filter((f) => text.slice(f.span.start, f.span.end) !== f.text).map((f) => f.key);
    expect(wrong).toEqual([]);
  });

  it('gives every figure a quote equal to the text at its quoteSpan', () => {
    const { text, figures } = seedReport();
    const wrong = figures.filter((f) => text.slice(f.quoteSpan.start, f.quoteSpan.end) !== f.quote).map((f) => f.key);
    expect(wrong).toEqual([]);
  });

  it('gives every figure a quote that contains the figure text', () => {
    const wrong = seedReport().figures.filter((f) => !f.quote.includes(f.text)).map((f) => f.key);
    expect(wrong).toEqual([]);
  });

  it('puts every figure span inside its quote span', () => {
    const wrong = seedReport().figures.filter((f) => !contains(f.quoteSpan, f.span)).map((f) => f.key);
    expect(wrong).toEqual([]);
  });

  it('gives every figure a catalog entry (labelledBy CATALOG)', () => {
    const fromText = seedReport().figures.filter((f) => f.labelledBy !== 'CATALOG').map((f) => `${f.key} ${f.text}`);
    expect(fromText).toEqual([]);
  });

  it('matches every catalog entry to exactly one figure, keyed as in the catalog', () => {
    const keys = seedReport().figures.map((f) => f.key).sort();
    expect(keys).toEqual(seedCatalog().figures.map((e) => e.key).sort());
  });

  it('produces no warnings', () => {
    expect(seedReport().warnings).toEqual([]);
  });

  it('reads administrative-reconsideration.received as 39 件', () => {
    expect(figureSummary('administrative-reconsideration.received')).toEqual({ value: 39, unit: '件', qualifier: 'EXACT', text: '39件' });
  });

  it('reads administrative-reconsideration.concluded as 22 件', () => {
    expect(figureSummary('administrative-reconsideration.concluded')).toEqual({ value: 22, unit: '件', qualifier: 'EXACT', text: '22件' });
  });

  it('reads legal-publicity.materials-distributed 8万余份 as 80000 份, more than', () => {
    expect(figureSummary('legal-publicity.materials-distributed')).toEqual({ value: 80000, unit: '份', qualifier: 'MORE_THAN', text: '8万余份' });
  });

  it('reads enforcement-training.hours-per-person 60学时以上 as 60 学时, at least', () => {
    expect(figureSummary('enforcement-training.hours-per-person')).toEqual({ value: 60, unit: '学时', qualifier: 'AT_LEAST', text: '60学时以上' });
  });

  it('reads administrative-reconsideration.timely-completion-rate as 100 %', () => {
    expect(figureSummary('administrative-reconsideration.timely-completion-rate')).toEqual({ value: 100, unit: '%', qualifier: 'EXACT', text: '100%' });
  });

  it('reads government-services.one-thing-cases as 12521 件', () => {
    expect(figureSummary('government-services.one-thing-cases')).toEqual({ value: 12521, unit: '件', qualifier: 'EXACT', text: '12521件' });
  });

  it('reads school-vice-principals.students-reached 5万余人次 as 50000 人次, more than', () => {
    expect(figureSummary('school-vice-principals.students-reached')).toEqual({ value: 50000, unit: '人次', qualifier: 'MORE_THAN', text: '5万余人次' });
  });

  it('takes topic, measure and labels of administrative-reconsideration.received from the catalog', () => {
    const f = figure('administrative-reconsideration.received');
    const entry = seedCatalog().figures.find((e) => e.key === 'administrative-reconsideration.received')!;
    expect([f.topic, f.measure, f.labelZh, f.labelEn]).toEqual(['administrative-reconsideration', 'received', entry.label.zh, entry.label.en]);
  });

  it('quotes the sentence 2024年,紫云自治县共收到行政复议案件申请39件,… for administrative-reconsideration.received', () => {
    expect(figure('administrative-reconsideration.received').quote).toBe(
      '2024年,紫云自治县共收到行政复议案件申请39件,受理36件,审结22件,其中调解成功5件,案件及时办结率100%。',
    );
  });

  it('places administrative-reconsideration.received in item 1.3.3 (三是提升依法行政水平)', () => {
    expect(figure('administrative-reconsideration.received').sectionPath).toBe('1.3.3');
  });

  it('links the five committee counts to people-mediation.committees by partOf', () => {
    const parts = seedReport().figures.filter((f) => f.partOf === 'people-mediation.committees').map((f) => f.value);
    expect(parts).toEqual([165, 10, 10, 3, 8]);
  });
});

describe('coverage of every number', () => {
  it('accounts for every run of ASCII digits in the body with a figure or a classified non-figure', () => {
    const { text, figures, nonFigures } = seedReport();
    const { bodyStart } = readMetadata(text);
    const classified = nonFigures.filter((n) => n.reason !== 'UNCLASSIFIED').map((n) => n.span);
    const figureSpans = figures.map((f) => f.span);
    const runs = [...text.slice(bodyStart).matchAll(/[0-9]+/g)].map((m) => ({
      text: m[0],
      span: { start: bodyStart + m.index!, end: bodyStart + m.index! + m[0].length },
    }));
    const unexplained = runs
      .filter((r) => !figureSpans.some((s) => contains(s, r.span)) && !classified.some((s) => contains(s, r.span)))
      .map((r) => `${r.text} at ${r.span.start}: …${text.slice(Math.max(0, r.span.start - 8), r.span.end + 8)}…`);
    expect(unexplained, `numbers neither a figure nor a classified non-figure:\n${unexplained.join('\n')}`).toEqual([]);
    // The check above must have had something to check.
    expect(runs.length).toBeGreaterThan(100);
  });

  it('classifies no number in the body as UNCLASSIFIED', () => {
    const unclassified = seedReport().nonFigures.filter((n) => n.reason === 'UNCLASSIFIED').map((n) => `${n.text} at ${n.span.start}`);
    expect(unclassified).toEqual([]);
  });

  it('classifies the plan periods 2024-2026年 and 2021—2035年 as PLAN_PERIOD', () => {
    const periods = seedReport().nonFigures.filter((n) => n.reason === 'PLAN_PERIOD').map((n) => n.text);
    expect(periods).toEqual(['2024-2026年', '2021—2035年']);
  });

  it('classifies the dates 2月1日 and 2024年7月底 as DATE', () => {
    const dates = seedReport().nonFigures.filter((n) => n.reason === 'DATE').map((n) => n.text);
    expect(dates).toEqual(['2月1日', '2024年7月底']);
  });

  it('gives every non-figure a span that slices back to its text', () => {
    const { text, nonFigures } = seedReport();
    const wrong = nonFigures.filter((n) => text.slice(n.span.start, n.span.end) !== n.text).map((n) => n.text);
    expect(wrong).toEqual([]);
  });
});

describe('invariant checks', () => {
  it('checks people-mediation.committees as a sum of its parts 165+10+10+3+8 = 196, ok', () => {
    const check = seedReport().checks.find((c) => c.rule === 'PARTS_SUM' && c.figureKeys[0] === 'people-mediation.committees');
    expect(check).toEqual({
      rule: 'PARTS_SUM',
      description: 'people-mediation.committees: 165 + 10 + 10 + 3 + 8 = 196 = 196',
      ok: true,
      figureKeys: [
        'people-mediation.committees',
        'people-mediation.village-committees',
        'people-mediation.community-committees',
        'people-mediation.township-committees',
        'people-mediation.subdistrict-committees',
        'people-mediation.sector-committees',
      ],
    });
  });

  it('checks legal-workforce.law-background-recruits as a sum of its parts 2+1+2 = 5, ok', () => {
    const check = seedReport().checks.find((c) => c.rule === 'PARTS_SUM' && c.figureKeys[0] === 'legal-workforce.law-background-recruits');
    expect(check?.description).toBe('legal-workforce.law-background-recruits: 2 + 1 + 2 = 5 = 5');
    expect(check?.ok).toBe(true);
    expect(check?.figureKeys).toHaveLength(4);
  });

  it('checks the administrative-reconsideration funnel received 39 ≥ accepted 36 ≥ concluded 22, ok', () => {
    const funnel = seedReport()
      .checks.filter((c) => c.rule === 'FUNNEL' && c.figureKeys.every((k) => k.startsWith('administrative-reconsideration.')))
      .map((c) => [c.figureKeys, c.ok]);
    expect(funnel).toEqual([
      [['administrative-reconsideration.received', 'administrative-reconsideration.accepted'], true],
      [['administrative-reconsideration.accepted', 'administrative-reconsideration.concluded'], true],
      [['administrative-reconsideration.concluded', 'administrative-reconsideration.mediated'], true],
    ]);
  });

  it('runs 8 checks (6 FUNNEL, 2 PARTS_SUM), all ok', () => {
    const { checks } = seedReport();
    expect(checks.map((c) => c.rule).sort()).toEqual(['FUNNEL', 'FUNNEL', 'FUNNEL', 'FUNNEL', 'FUNNEL', 'FUNNEL', 'PARTS_SUM', 'PARTS_SUM']);
    expect(checks.filter((c) => !c.ok).map((c) => c.description)).toEqual([]);
  });
});
