import { describe, expect, it } from 'vitest';
import { briefHref, parseRoute, reportHref } from '../../client/src/lib/route.js';

describe('hash routes', () => {
  it('reads the chat, report and brief routes', () => {
    expect(parseRoute('')).toEqual({ page: 'chat' });
    expect(parseRoute('#/')).toEqual({ page: 'chat' });
    expect(parseRoute('#/report/ziyun-2024')).toEqual({ page: 'report', reportId: 'ziyun-2024', highlight: null });
    expect(parseRoute('#/report/ziyun-2024?highlight=2052-2055')).toEqual({ page: 'report', reportId: 'ziyun-2024', highlight: { start: 2052, end: 2055 } });
    expect(parseRoute('#/brief/ziyun-2024')).toEqual({ page: 'brief', reportId: 'ziyun-2024' });
    expect(parseRoute('#/nowhere')).toEqual({ page: 'chat' });
  });

  it('ignores a malformed highlight', () => {
    expect(parseRoute('#/report/x?highlight=9-3')).toMatchObject({ highlight: null });
    expect(parseRoute('#/report/x?highlight=abc')).toMatchObject({ highlight: null });
  });

  it('writes the links it reads', () => {
    expect(reportHref('ziyun-2024', { start: 2052, end: 2055 })).toBe('#/report/ziyun-2024?highlight=2052-2055');
    expect(parseRoute(reportHref('a b', { start: 1, end: 2 }))).toEqual({ page: 'report', reportId: 'a b', highlight: { start: 1, end: 2 } });
    expect(briefHref('ziyun-2024')).toBe('#/brief/ziyun-2024');
  });
});
