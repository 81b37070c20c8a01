import { describe, expect, it } from 'vitest';
import { IngestError } from '../../server/ingest/errors.js';
import { checkMetadata } from '../../server/ingest/ingest.service.js';
import { readMetadata } from '../../server/ingest/metadata.js';
import { findRegion } from '../../server/vocabulary/regions.js';

// All texts below are made up for these tests.
describe('readMetadata', () => {
  it('skips blank lines before the title', () => {
    const { metadata } = readMetadata('\n  \n某某县2024年法治政府建设工作报告\n一、工作情况');
    expect(metadata.title).toBe('某某县2024年法治政府建设工作报告');
  });

  it('takes no title from a text that opens with its first paragraph, so its figures stay in the body', () => {
    const text = '2024年,某某县坚持依法行政,连续5年获评法治建设先进县,全年办理复议案件12件。\n一、工作情况';
    const { metadata, bodyStart } = readMetadata(text);
    expect(metadata.title).toBeUndefined();
    expect(bodyStart).toBe(0);
    expect(metadata.year).toBe(2024);
  });

  it('reads 日期：2025年3月28日 with full-width colon as 2025-03-28', () => {
    expect(readMetadata('某某县2024年报告\n日期：2025年3月28日\n正文').metadata.publishedOn).toBe('2025-03-28');
  });

  it('reads the publisher after 来源： and starts the body after the metadata lines', () => {
    const text = '某某县2024年报告\n来源：某某县司法局\n浏览次数:123次\n正文开始';
    const { metadata, bodyStart } = readMetadata(text);
    expect(metadata.publisher).toBe('某某县司法局');
    expect(text.slice(bodyStart)).toBe('正文开始');
  });

  it('reads the date signed at the end of the text when there is no 日期 line', () => {
    const { metadata } = readMetadata('某某县2024年报告\n正文。\n某某县人民政府\n2025年1月5日\n');
    expect(metadata.publishedOn).toBe('2025-01-05');
  });

  it('reads the year from full-width digits in the title (２０２４年度)', () => {
    expect(readMetadata('紫云自治县２０２４年度法治政府建设工作报告\n正文').metadata.year).toBe(2024);
  });

  it('takes the words before the year, less 人民政府, as an unlisted region', () => {
    expect(readMetadata('某某县人民政府2024年法治政府建设年度报告\n正文').metadata.region).toBe('某某县');
  });

  it('reads the region of a report the Party committee and the government sign together, less 中共', () => {
    expect(readMetadata('中共某某县县委 某某县人民政府关于2024年法治政府建设情况的报告\n正文').metadata.region).toBe('某某县');
  });

  it('does not take words before the year as a region unless they end in 县, 区, 市 …', () => {
    expect(readMetadata('关于2024年法治政府建设情况的报告\n正文').metadata.region).toBeUndefined();
  });

  it('finds a listed region through the publisher when the title names none', () => {
    expect(readMetadata('2024年法治政府建设工作报告\n来源:紫云县司法局\n正文').metadata.region).toBe('紫云苗族布依族自治县');
  });

  it('reads the year from the body when the title has none', () => {
    expect(readMetadata('某某县法治政府建设年度报告\n一、工作\n2024年共办理10件。').metadata.year).toBe(2024);
  });

  // Regression (fixed): when the title has no year, the year is taken from the first `NNNN年` in the body, and
  // the end year of a plan period counts: (2021—2035年) makes the report one about 2035.
  // Expected 2024 (the 2024年 that follows); got 2035.
  it('does not take the end of a plan period (2021—2035年) in the body for the year covered', () => {
    expect(readMetadata('某某县法治政府建设年度报告\n一、工作\n按照(2021—2035年)规划,2024年共办理10件。').metadata.year).toBe(2024);
  });
});

describe('findRegion', () => {
  it('resolves 紫云自治县 to 紫云苗族布依族自治县', () => {
    expect(findRegion('紫云自治县2024年度报告')?.name).toBe('紫云苗族布依族自治县');
  });

  it('prefers the county over its city in 安顺市紫云县', () => {
    expect(findRegion('安顺市紫云县')?.name).toBe('紫云苗族布依族自治县');
  });

  it('finds nothing in a text that names no listed region', () => {
    expect(findRegion('某某县')).toBeUndefined();
  });
});

describe('dates and names that cannot be stored', () => {
  it('reads no date from a 日期 line naming a day that does not exist', () => {
    const { metadata } = readMetadata('某某县2024年法治政府建设工作报告\n日期:2024年13月45日\n一、工作情况');
    expect(metadata.publishedOn).toBeUndefined();
  });

  it('refuses a given date that is no day, and a NUL in a given name', () => {
    expect(() => checkMetadata({ publishedOn: '2024-13-45' })).toThrow(/2024-13-45/);
    expect(() => checkMetadata({ publishedOn: '2023-02-29' })).toThrow(IngestError);
    expect(() => checkMetadata({ publishedOn: '2024-02-29' })).not.toThrow();
    expect(() => checkMetadata({ title: '某某县\u00002024年法治政府建设工作报告' })).toThrow(/NUL/);
  });
});
