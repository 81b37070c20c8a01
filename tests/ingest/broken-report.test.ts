import { describe, expect, it } from 'vitest';
import { IngestError } from '../../server/ingest/errors.js';
import { parseReport } from '../../server/ingest/report.js';
import { ingestErrorOf } from './helpers.js';

// All texts below are made up for these tests.
const GOOD = '某某县2024年法治政府建设工作报告\n一、工作情况\n共收到行政复议案件申请10件,受理8件,审结6件。';

describe('texts that are not a report', () => {
  it('rejects an empty text as empty', () => {
    const error = ingestErrorOf(() => parseReport(''));
    expect(error).toBeInstanceOf(IngestError);
    expect(error.name).toBe('IngestError');
    expect(error.message).toBe('the report is empty');
  });

  it('rejects a text of only whitespace (spaces, tabs, newlines, ideographic space) as empty', () => {
    expect(ingestErrorOf(() => parseReport(' \n\t\u3000\r\n ')).message).toBe('the report is empty');
  });

  it('rejects a text with U+FFFD as not valid UTF-8 and suggests converting it from GBK', () => {
    const message = ingestErrorOf(() => parseReport(GOOD.replace('受理', '受\uFFFD'))).message;
    expect(message).toContain('U+FFFD');
    expect(message).toContain('not valid UTF-8');
    expect(message).toContain('GBK');
  });

  it('rejects a text with NUL and other control characters as binary', () => {
    const message = ingestErrorOf(() => parseReport(`\u0000\u0001\u0002PK\u0003\u0004${GOOD}`)).message;
    expect(message).toContain('control characters');
    expect(message).toContain('binary');
  });

  it('accepts tabs and CRLF line ends, which are not binary', () => {
    const report = parseReport(GOOD.replace(/\n/g, '\r\n').replace('共', '\t共'));
    expect(report.figures.map((f) => f.text)).toEqual(['10件', '8件', '6件']);
  });

  it('rejects a text without any Chinese', () => {
    const message = ingestErrorOf(() => parseReport('Annual report on law-based government 2024\n1. We handled 10 cases.')).message;
    expect(message).toBe('the report contains no Chinese text');
  });

  it('rejects a Chinese text with no figures, explaining what a figure is', () => {
    const message = ingestErrorOf(() => parseReport('某某县2024年法治政府建设工作报告\n一、工作情况\n全面推进依法行政。')).message;
    expect(message).toContain('no figures found');
    expect(message).toContain('unit');
  });

  it('holds a report of prose with no figure (a paragraph or more), saying it found none', () => {
    const prose = '全面推进依法行政,深入学习贯彻习近平法治思想,扎实推进法治政府建设,将法治建设纳入经济社会发展总体规划,与中心工作同部署、同推进、同督促、同考核、同奖惩。'.repeat(4);
    const report = parseReport(`某某县2024年法治政府建设工作报告\n一、工作情况\n${prose}`);
    expect(report.figures).toEqual([]);
    expect(report.warnings.join('\n')).toContain('no figures found');
    expect(report.metadata.region).toBe('某某县');
  });

  it('does not count numbers in the title block as figures (浏览次数:123次 alone is not enough)', () => {
    const message = ingestErrorOf(() => parseReport('某某县2024年法治政府建设工作报告\n浏览次数:123次\n一、工作情况\n全面推进依法行政。')).message;
    expect(message).toContain('no figures found');
  });

  it('rejects a text over the size limit, naming the limit', () => {
    const message = ingestErrorOf(() => parseReport(GOOD + '。'.repeat(1_000_000))).message;
    expect(message).toContain('the limit is 1000000');
  });
});

describe('a title without year or region', () => {
  const NO_YEAR = '紫云县法治政府建设工作报告\n一、工作情况\n共受理8件。';
  const NO_REGION = '2024年度法治政府建设工作报告\n一、工作情况\n共受理8件。';
  const NEITHER = '法治政府建设工作报告\n一、工作情况\n共受理8件。';

  it('rejects a title without a year, asking for the year', () => {
    const error = ingestErrorOf(() => parseReport(NO_YEAR));
    expect(error.problems).toEqual(['could not infer the year the report covers: pass --year (ingestReport: year)']);
  });

  it('rejects a title without a region, asking for the region', () => {
    const error = ingestErrorOf(() => parseReport(NO_REGION));
    expect(error.problems).toEqual(['could not infer the region from the title or publisher: pass --region (ingestReport: region)']);
  });

  it('lists both problems at once when the title has neither', () => {
    const error = ingestErrorOf(() => parseReport(NEITHER));
    expect(error.problems).toHaveLength(2);
    expect(error.message).toMatch(/^2 problems:/);
    expect(error.message).toContain('--year');
    expect(error.message).toContain('--region');
  });

  it('ingests the text once year and region are given through options.metadata', () => {
    const report = parseReport(NEITHER, { metadata: { region: '某某县', year: 2024 } });
    expect(report.metadata).toEqual({ title: '法治政府建设工作报告', region: '某某县', year: 2024 });
    expect(report.figures.map((f) => [f.value, f.unit])).toEqual([[8, '件']]);
  });

  it('ingests a title without a year once the year is given, still finding the listed region 紫云县', () => {
    const metadata = parseReport(NO_YEAR, { metadata: { year: 2023 } }).metadata;
    expect([metadata.year, metadata.region]).toEqual([2023, '紫云苗族布依族自治县']);
  });

  it('reads an unlisted region from the start of a title without a year, and asks only for the year', () => {
    const error = ingestErrorOf(() => parseReport('某某县法治政府建设工作报告\n一、工作情况\n共受理8件。'));
    expect(error.problems.map((p) => /--\w+/.exec(p)?.[0])).toEqual(['--year']);
    const report = parseReport('某某县法治政府建设工作报告\n一、工作情况\n共受理8件。', { metadata: { year: 2022 } });
    expect(report.metadata.region).toBe('某某县');
  });

  it('lets options.metadata win over what the title says', () => {
    const report = parseReport(GOOD, { metadata: { year: 2023, region: '紫云苗族布依族自治县' } });
    expect([report.metadata.year, report.metadata.region]).toEqual([2023, '紫云苗族布依族自治县']);
  });

  it('ignores empty and undefined values in options.metadata', () => {
    const report = parseReport(GOOD, { metadata: { region: '', year: undefined } });
    expect([report.metadata.year, report.metadata.region]).toEqual([2024, '某某县']);
  });
});
