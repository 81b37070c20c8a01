import { describe, expect, it } from 'vitest';
import { validateQuery } from '../../server/ask/structured-query.js';

const M = 'ziyun-2024/administrative-reconsideration.concluded';
const N = 'ziyun-2024/administrative-reconsideration.accepted';
const many = (n: number) => Array.from({ length: n }, (_, i) => `ziyun-2024/m${i}`);

describe('validateQuery accepts every op', () => {
  const valid = {
    lookup: { op: 'lookup', metrics: [M] },
    sum: { op: 'sum', metrics: [M, N] },
    difference: { op: 'difference', minuend: N, subtrahend: M },
    ratio: { op: 'ratio', numerator: M, denominator: N },
    compare: { op: 'compare', metrics: [M, N] },
    breakdown: { op: 'breakdown', total: 'ziyun-2024/people-mediation.committees' },
    sections: { op: 'sections', role: 'PROBLEM', scope: { reportId: 'ziyun-2024' } },
    documents: { op: 'documents', scope: { region: '紫云', year: 2024 }, near: M, ids: ['ziyun-2024/doc-1'] },
    metadata: { op: 'metadata', field: 'publishedOn', scope: { reportId: 'ziyun-2024' } },
    none: { op: 'none', reason: 'NO_SUCH_PERIOD', scope: { year: 2023 }, nearest: [M] },
  };
  for (const [op, input] of Object.entries(valid)) {
    it(`accepts a well-formed ${op} query unchanged`, () => {
      expect(validateQuery(input)).toEqual({ ok: true, query: input });
    });
  }

  it('accepts a passage with the ordinal it states, and refuses an ordinal outside the passage', () => {
    const passage = { op: 'passage', reportId: 'ziyun-2024', start: 10, end: 60, ordinal: { start: 20, end: 22 } };
    expect(validateQuery(passage)).toEqual({ ok: true, query: passage });
    expect(validateQuery({ ...passage, ordinal: { start: 58, end: 70 } }).ok).toBe(false);
  });

  it('accepts a documents query without near or ids', () => {
    expect(validateQuery({ op: 'documents', scope: {} })).toEqual({ ok: true, query: { op: 'documents', scope: {} } });
  });
});

describe('validateQuery rejects wrong shapes with a readable message', () => {
  it('rejects an unknown op, naming the ops there are', () => {
    expect(validateQuery({ op: 'explode', metrics: [M] })).toEqual({
      ok: false,
      error: "op: Invalid discriminator value. Expected 'lookup' | 'sum' | 'difference' | 'ratio' | 'compare' | 'breakdown' | 'sections' | 'documents' | 'metadata' | 'passage' | 'overview' | 'summary' | 'rank' | 'reports' | 'none'",
    });
  });

  it('rejects a ranking that gives both an indicator and metrics, or neither', () => {
    expect(validateQuery({ op: 'rank', order: 'desc', indicator: 'legal-aid.accepted:件', metrics: [M], scope: {} }).ok).toBe(false);
    expect(validateQuery({ op: 'rank', order: 'desc', scope: {} }).ok).toBe(false);
    expect(validateQuery({ op: 'rank', order: 'desc', indicator: 'legal-aid.accepted:件', scope: { area: '河南省' } }).ok).toBe(true);
  });

  it('rejects a ranking in an unknown order', () => {
    expect(validateQuery({ op: 'rank', order: 'sideways', metrics: [M], scope: {} }).ok).toBe(false);
  });

  it('rejects a missing field, naming it', () => {
    expect(validateQuery({ op: 'ratio', numerator: M })).toEqual({ ok: false, error: 'denominator: Invalid input: expected string, received undefined' });
  });

  it('rejects a lookup of no metrics', () => {
    expect(validateQuery({ op: 'lookup', metrics: [] })).toEqual({ ok: false, error: 'metrics: Too small: expected array to have >=1 items' });
  });

  it('rejects a sum of one metric', () => {
    expect(validateQuery({ op: 'sum', metrics: [M] })).toEqual({ ok: false, error: 'metrics: Too small: expected array to have >=2 items' });
  });

  it('rejects a lookup of more than 20 metrics', () => {
    expect(validateQuery({ op: 'lookup', metrics: many(21) })).toEqual({ ok: false, error: 'metrics: Too big: expected array to have <=20 items' });
  });

  it('rejects a comparison of more than 10 metrics', () => {
    expect(validateQuery({ op: 'compare', metrics: many(11) })).toEqual({ ok: false, error: 'metrics: Too big: expected array to have <=10 items' });
  });

  it('rejects an extra key in the scope, naming it', () => {
    expect(validateQuery({ op: 'sections', role: 'PROBLEM', scope: { reportId: 'ziyun-2024', county: '紫云' } }))
      .toEqual({ ok: false, error: 'scope: Unrecognized key: "county"' });
  });

  it('rejects a year before 1949', () => {
    expect(validateQuery({ op: 'metadata', field: 'title', scope: { year: 1900 } }))
      .toEqual({ ok: false, error: 'scope.year: Too small: expected number to be >=1949' });
  });

  it('rejects a year after 2100', () => {
    expect(validateQuery({ op: 'metadata', field: 'title', scope: { year: 2101 } }))
      .toEqual({ ok: false, error: 'scope.year: Too big: expected number to be <=2100' });
  });

  it('rejects a year that is not a whole number', () => {
    expect(validateQuery({ op: 'metadata', field: 'title', scope: { year: 2024.5 } }))
      .toEqual({ ok: false, error: 'scope.year: Invalid input: expected int, received number' });
  });

  it('rejects an unknown section role', () => {
    expect(validateQuery({ op: 'sections', role: 'PRAISE', scope: {} })).toEqual({ ok: false, error: 'role: Invalid option: expected one of "WORK"|"PROBLEM"|"RECOMMENDATION"' });
  });

  it('rejects an unknown reason for no answer', () => {
    expect(validateQuery({ op: 'none', reason: 'BECAUSE', scope: {}, nearest: [] }))
      .toEqual({ ok: false, error: 'reason: Invalid option: expected one of "NO_SUCH_PERIOD"|"NO_SUCH_REGION"|"NOT_IN_REPORT"|"OUT_OF_SCOPE"' });
  });

  it('rejects an empty metric id', () => {
    expect(validateQuery({ op: 'difference', minuend: '', subtrahend: M }))
      .toEqual({ ok: false, error: 'minuend: Too small: expected string to have >=1 characters' });
  });

  it('rejects something that is not an object, as the query', () => {
    expect(validateQuery('lookup')).toEqual({ ok: false, error: 'query: Invalid input: expected object, received string' });
  });

  it('lists every problem, separated by semicolons', () => {
    expect(validateQuery({ op: 'difference' }))
      .toEqual({ ok: false, error: 'minuend: Invalid input: expected string, received undefined; subtrahend: Invalid input: expected string, received undefined' });
  });
});
