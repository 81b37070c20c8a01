import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../server/ingest/catalog.js';
import { IngestError } from '../../server/ingest/errors.js';
import { parseReport } from '../../server/ingest/report.js';
import { ingestErrorOf, madeUpCatalog } from './helpers.js';

// Made-up report: a title with region and year, one part, three figures 10件 / 8件 / 6件.
const TEXT = '某某县2024年法治政府建设工作报告\n一、工作情况\n共收到行政复议案件申请10件,受理8件,审结6件。';

describe('a valid small catalog', () => {
  const catalog = madeUpCatalog([
    { key: 'reconsideration.received', anchor: '申请10件', measure: 'received' },
    { key: 'reconsideration.accepted', anchor: '受理8件', measure: 'accepted' },
    { key: 'reconsideration.concluded', anchor: '审结6件', measure: 'concluded' },
  ]);

  it('labels every figure from its entry', () => {
    const report = parseReport(TEXT, { catalog });
    expect(report.figures.map((f) => [f.key, f.value, f.labelledBy, f.topic, f.measure])).toEqual([
      ['reconsideration.received', 10, 'CATALOG', 'administrative-reconsideration', 'received'],
      ['reconsideration.accepted', 8, 'CATALOG', 'administrative-reconsideration', 'accepted'],
      ['reconsideration.concluded', 6, 'CATALOG', 'administrative-reconsideration', 'concluded'],
    ]);
  });

  it('takes the labels from the entry', () => {
    const f = parseReport(TEXT, { catalog }).figures[0];
    expect([f.labelZh, f.labelEn, f.aliases]).toEqual(['标签 reconsideration.received', 'label reconsideration.received', { zh: [], en: [] }]);
  });

  it('produces no warnings', () => {
    expect(parseReport(TEXT, { catalog }).warnings).toEqual([]);
  });

  it('finds an anchor written with full-width digits in a half-width text', () => {
    const report = parseReport(TEXT, { catalog: madeUpCatalog([{ key: 'reconsideration.received', anchor: '申请１０件' }]) });
    expect(report.figures[0].key).toBe('reconsideration.received');
  });

  it('warns about each figure the catalog leaves out, and labels it automatically', () => {
    const report = parseReport(TEXT, { catalog: madeUpCatalog([{ key: 'reconsideration.received', anchor: '申请10件' }]) });
    expect(report.warnings).toEqual([
      'figure "8件" at 43 has no catalog entry: labelled automatically',
      'figure "6件" at 48 has no catalog entry: labelled automatically',
    ]);
    expect(report.figures.map((f) => [f.key, f.labelledBy])).toEqual([
      ['reconsideration.received', 'CATALOG'],
      ['administrative-reconsideration.accepted-at-43', 'AUTO'],
      ['administrative-reconsideration.concluded-at-48', 'AUTO'],
    ]);
  });

  it('labels figures from the lexicon and the words around them when there is no catalog', () => {
    const report = parseReport(TEXT);
    expect(report.figures.map((f) => [f.topic, f.measure, f.labelZh])).toEqual([
      ['administrative-reconsideration', 'received', '收到行政复议案件申请(件)'],
      ['administrative-reconsideration', 'accepted', '行政复议:受理(件)'],
      ['administrative-reconsideration', 'concluded', '行政复议:审结(件)'],
    ]);
    expect(report.warnings).toEqual([]);
  });
});

describe('catalog entries that do not locate exactly one figure', () => {
  it('rejects an anchor that is not in the report, naming the entry', () => {
    const error = ingestErrorOf(() => parseReport(TEXT, { catalog: madeUpCatalog([{ key: 'reconsideration.received', anchor: '申请11件' }]) }));
    expect(error.message).toBe('catalog entry reconsideration.received: anchor "申请11件" is not in the report');
  });

  it('rejects an anchor that occurs twice, naming the entry', () => {
    const error = ingestErrorOf(() => parseReport(TEXT, { catalog: madeUpCatalog([{ key: 'reconsideration.received', anchor: '件,' }]) }));
    expect(error.message).toContain('catalog entry reconsideration.received');
    expect(error.message).toContain('occurs more than once');
  });

  it('rejects an anchor that holds no figure, naming the entry', () => {
    const error = ingestErrorOf(() => parseReport(TEXT, { catalog: madeUpCatalog([{ key: 'reconsideration.received', anchor: '行政复议案件申请' }]) }));
    expect(error.message).toBe('catalog entry reconsideration.received: anchor "行政复议案件申请" holds 0 figures, it must hold exactly one');
  });

  it('rejects an anchor that holds two figures, naming the entry', () => {
    const error = ingestErrorOf(() => parseReport(TEXT, { catalog: madeUpCatalog([{ key: 'reconsideration.received', anchor: '申请10件,受理8件' }]) }));
    expect(error.message).toBe('catalog entry reconsideration.received: anchor "申请10件,受理8件" holds 2 figures, it must hold exactly one');
  });

  it('rejects an anchor that cuts a figure in half (申请1 of 申请10件)', () => {
    const error = ingestErrorOf(() => parseReport(TEXT, { catalog: madeUpCatalog([{ key: 'reconsideration.received', anchor: '申请10' }]) }));
    expect(error.message).toContain('catalog entry reconsideration.received: anchor "申请10" holds 0 figures');
  });

  it('rejects a second entry whose anchor points at a figure already claimed, naming it', () => {
    const error = ingestErrorOf(() => parseReport(TEXT, {
      catalog: madeUpCatalog([
        { key: 'reconsideration.received', anchor: '申请10件' },
        { key: 'reconsideration.again', anchor: '请10件' },
      ]),
    }));
    expect(error.message).toBe('catalog entry reconsideration.again: its figure is already claimed by reconsideration.received');
  });
});

describe('catalog entries with bad references', () => {
  it('rejects an unknown topic, naming the entry and the topic', () => {
    const error = ingestErrorOf(() => parseReport(TEXT, {
      catalog: madeUpCatalog([{ key: 'reconsideration.received', anchor: '申请10件', topic: 'no-such-topic' }]),
    }));
    expect(error.message).toBe('catalog entry reconsideration.received: unknown topic "no-such-topic" (not in seeds/lexicon/topics.json)');
  });

  it('rejects an unknown measure, naming the entry and the measure', () => {
    const error = ingestErrorOf(() => parseReport(TEXT, {
      catalog: madeUpCatalog([{ key: 'reconsideration.received', anchor: '申请10件', measure: 'no-such-measure' }]),
    }));
    expect(error.message).toContain('catalog entry reconsideration.received: unknown measure "no-such-measure"');
  });

  it('rejects a partOf that names no entry, naming the entry', () => {
    const error = ingestErrorOf(() => parseReport(TEXT, {
      catalog: madeUpCatalog([{ key: 'reconsideration.accepted', anchor: '受理8件', partOf: 'reconsideration.nothing' }]),
    }));
    expect(error.message).toBe('catalog entry reconsideration.accepted: partOf "reconsideration.nothing" names no entry');
  });

  it('rejects a key used twice', () => {
    const error = ingestErrorOf(() => parseReport(TEXT, {
      catalog: madeUpCatalog([
        { key: 'reconsideration.received', anchor: '申请10件' },
        { key: 'reconsideration.received', anchor: '受理8件' },
      ]),
    }));
    expect(error.message).toBe('catalog entry reconsideration.received: the key is used twice');
  });

  it('lists every problem at once, one per entry', () => {
    const error = ingestErrorOf(() => parseReport(TEXT, {
      catalog: madeUpCatalog([
        { key: 'reconsideration.a', anchor: '申请11件' },
        { key: 'reconsideration.b', anchor: '行政复议' },
      ]),
    }));
    expect(error.problems).toEqual([
      'catalog entry reconsideration.a: anchor "申请11件" is not in the report',
      'catalog entry reconsideration.b: anchor "行政复议" holds 0 figures, it must hold exactly one',
    ]);
    expect(error.message.startsWith('2 problems:\n- catalog entry reconsideration.a')).toBe(true);
  });
});

describe('parseCatalog', () => {
  it('rejects text that is not JSON, naming the file', () => {
    const error = ingestErrorOf(() => parseCatalog('{', 'made-up.catalog.json'));
    expect(error).toBeInstanceOf(IngestError);
    expect(error.message).toContain('catalog made-up.catalog.json is not valid JSON');
  });

  it('rejects a key with capitals and spaces, naming the field', () => {
    const raw = JSON.stringify({ report: 'r.txt', figures: [{ key: 'Bad Key', anchor: 'x', topic: 't', measure: 'm', label: { zh: '甲', en: 'a' } }] });
    expect(ingestErrorOf(() => parseCatalog(raw, 'made-up.catalog.json')).message)
      .toBe('catalog made-up.catalog.json: figures.0.key: keys are lowercase words joined by - and .');
  });

  it('defaults missing aliases to empty lists', () => {
    const raw = JSON.stringify({ report: 'r.txt', figures: [{ key: 'a.b', anchor: 'x', topic: 't', measure: 'm', label: { zh: '甲', en: 'a' } }] });
    expect(parseCatalog(raw, 'made-up.catalog.json').figures[0].aliases).toEqual({ zh: [], en: [] });
  });
});
