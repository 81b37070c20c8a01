import { buildSchema, parse, validate, type FieldNode, type OperationDefinitionNode, type StringValueNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatValue, graphqlFor, interpret } from '../../server/ask/render.js';
import type { StructuredQuery } from '../../server/ask/structured-query.js';
import { Qualifier, type Metric, type Report } from '../../server/model/index.js';

describe('formatValue in Chinese', () => {
  it('writes an exact count with its unit', () => {
    expect(formatValue(39, '件', Qualifier.EXACT, 'zh')).toBe('39件');
  });

  it('writes "more than" as 余 before the unit (2200余名)', () => {
    expect(formatValue(2200, '名', Qualifier.MORE_THAN, 'zh')).toBe('2200余名');
  });

  it('writes "at least" as 以上 after the unit (60学时以上)', () => {
    expect(formatValue(60, '学时', Qualifier.AT_LEAST, 'zh')).toBe('60学时以上');
  });

  it('writes a round number of ten thousands with 万 (8万余份)', () => {
    expect(formatValue(80000, '份', Qualifier.MORE_THAN, 'zh')).toBe('8万余份');
  });

  it('keeps a number that is not a round ten thousand in digits (12521件)', () => {
    expect(formatValue(12521, '件', Qualifier.EXACT, 'zh')).toBe('12521件');
  });

  it('writes a percentage with its decimals (92.3%)', () => {
    expect(formatValue(92.3, '%', Qualifier.EXACT, 'zh')).toBe('92.3%');
  });

  it('writes an approximate percentage with 约 (约92.3%)', () => {
    expect(formatValue(92.3, '%', Qualifier.APPROXIMATE, 'zh')).toBe('约92.3%');
  });

  it('writes a percentage that is at least with 以上 (95%以上)', () => {
    expect(formatValue(95, '%', Qualifier.AT_LEAST, 'zh')).toBe('95%以上');
  });

  // Regression (fixed): for % only 以上 is kept after the number: AT_MOST loses its 以下 and the reply states
  // a bound as if it were the exact value (5% instead of 5%以下). No stored or derived figure
  // reaches this today (Chinese lookups print the report's own text), but formatValue is public.
  it('writes a percentage that is at most with 以下 (5%以下)', () => {
    expect(formatValue(5, '%', Qualifier.AT_MOST, 'zh')).toBe('5%以下');
  });
});

describe('formatValue in English', () => {
  it('writes an exact count with the plural unit name', () => {
    expect(formatValue(39, '件', Qualifier.EXACT, 'en')).toBe('39 cases');
  });

  it('writes one with the singular unit name', () => {
    expect(formatValue(1, '件', Qualifier.EXACT, 'en')).toBe('1 case');
  });

  it('writes "more than" with thousands separators (more than 2,200 people)', () => {
    expect(formatValue(2200, '名', Qualifier.MORE_THAN, 'en')).toBe('more than 2,200 people');
  });

  it('writes "at least" with the unit name (at least 60 class hours)', () => {
    expect(formatValue(60, '学时', Qualifier.AT_LEAST, 'en')).toBe('at least 60 class hours');
  });

  it('writes 万 figures out in full (more than 80,000 copies)', () => {
    expect(formatValue(80000, '份', Qualifier.MORE_THAN, 'en')).toBe('more than 80,000 copies');
  });

  it('writes a percentage without a space (92.3%)', () => {
    expect(formatValue(92.3, '%', Qualifier.EXACT, 'en')).toBe('92.3%');
  });

  it('writes an approximate percentage with "about"', () => {
    expect(formatValue(92.3, '%', Qualifier.APPROXIMATE, 'en')).toBe('about 92.3%');
  });

  it('keeps a unit it has no English name for as written', () => {
    expect(formatValue(3, '艘', Qualifier.EXACT, 'en')).toBe('3 艘');
  });
});

// Two made-up stored figures, as interpret() sees them through its look-up functions.
const metrics = new Map<string, Metric>([
  ['r/concluded', { id: 'r/concluded', reportId: 'ziyun-2024', labelZh: '行政复议案件审结数', labelEn: 'Reconsideration cases concluded' } as Metric],
  ['r/accepted', { id: 'r/accepted', reportId: 'ziyun-2024', labelZh: '受理的行政复议案件数', labelEn: 'Reconsideration cases accepted' } as Metric],
]);
const reports = new Map<string, Report>([['ziyun-2024', { id: 'ziyun-2024', region: '紫云苗族布依族自治县', year: 2024 } as Report]]);
const read = (query: StructuredQuery, language: 'zh' | 'en') => interpret(query, language, (id) => metrics.get(id), (id) => reports.get(id));
const LOOKUP: StructuredQuery = { op: 'lookup', metrics: ['r/concluded'] };
const RATIO: StructuredQuery = { op: 'ratio', numerator: 'r/concluded', denominator: 'r/accepted' };

describe('interpret', () => {
  it('reads a lookup in Chinese with the short name of the report', () => {
    expect(read(LOOKUP, 'zh')).toBe('查找：行政复议案件审结数（紫云自治县2024年）');
  });

  it('reads a lookup in English with the pinyin of the region', () => {
    expect(read(LOOKUP, 'en')).toBe('look up: Reconsideration cases concluded (Ziyun 2024)');
  });

  it('reads a ratio in Chinese as numerator ÷ denominator', () => {
    expect(read(RATIO, 'zh')).toBe('比例：行政复议案件审结数 ÷ 受理的行政复议案件数（紫云自治县2024年）');
  });

  it('reads a ratio in English as numerator ÷ denominator', () => {
    expect(read(RATIO, 'en')).toBe('ratio: Reconsideration cases concluded ÷ Reconsideration cases accepted (Ziyun 2024)');
  });

  it('falls back to the id of a metric it cannot find', () => {
    expect(read({ op: 'lookup', metrics: ['r/gone'] }, 'en')).toBe('look up: r/gone');
  });
});

const SCHEMA = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
/** The top-level fields of the one operation in a GraphQL text: alias, field name and id argument. */
function topFields(text: string) {
  const operation = parse(text).definitions[0] as OperationDefinitionNode;
  return operation.selectionSet.selections.map((s) => {
    const field = s as FieldNode;
    const idArg = field.arguments?.find((a) => a.name.value === 'id');
    return { alias: field.alias?.value, name: field.name.value, id: (idArg?.value as StringValueNode | undefined)?.value };
  });
}

describe('graphqlFor', () => {
  it('gives a lookup as one metric(id) field', () => {
    expect(topFields(graphqlFor(LOOKUP))).toEqual([{ alias: 'm1', name: 'metric', id: 'r/concluded' }]);
  });

  it('gives a ratio as the numerator and then the denominator', () => {
    expect(topFields(graphqlFor(RATIO))).toEqual([
      { alias: 'm1', name: 'metric', id: 'r/concluded' },
      { alias: 'm2', name: 'metric', id: 'r/accepted' },
    ]);
  });

  it('gives a lookup that is valid against the hub\'s schema', () => {
    expect(validate(SCHEMA, parse(graphqlFor(LOOKUP)))).toEqual([]);
  });

  it('gives a ratio that is valid against the hub\'s schema', () => {
    expect(validate(SCHEMA, parse(graphqlFor(RATIO)))).toEqual([]);
  });

  it('gives a sections query that is valid against the hub\'s schema', () => {
    expect(validate(SCHEMA, parse(graphqlFor({ op: 'sections', role: 'PROBLEM', scope: { region: '紫云', year: 2024 } })))).toEqual([]);
  });

  it('gives metadata of a report as report(id)', () => {
    expect(topFields(graphqlFor({ op: 'metadata', field: 'title', scope: { reportId: 'ziyun-2024' } })))
      .toEqual([{ alias: undefined, name: 'report', id: 'ziyun-2024' }]);
  });
});
