import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/ingest/report.js';
import { madeUpCatalog, type EntryInput } from './helpers.js';

const TITLE = '某某县2024年法治政府建设工作报告\n一、工作情况\n';

describe('FUNNEL received ≥ accepted ≥ concluded', () => {
  // Made up: the report says it received 5 cases but accepted 8.
  const text = `${TITLE}共收到行政复议案件申请5件,受理8件,审结6件。`;
  const catalog = madeUpCatalog([
    { key: 'reconsideration.received', anchor: '申请5件', measure: 'received' },
    { key: 'reconsideration.accepted', anchor: '受理8件', measure: 'accepted' },
    { key: 'reconsideration.concluded', anchor: '审结6件', measure: 'concluded' },
  ]);

  it('still ingests a report whose received 5 < accepted 8', () => {
    expect(parseReport(text, { catalog }).figures.map((f) => f.value)).toEqual([5, 8, 6]);
  });

  it('fails the received ≥ accepted check and passes accepted ≥ concluded', () => {
    const checks = parseReport(text, { catalog }).checks;
    expect(checks.map((c) => [c.rule, c.figureKeys, c.ok])).toEqual([
      ['FUNNEL', ['reconsideration.received', 'reconsideration.accepted'], false],
      ['FUNNEL', ['reconsideration.accepted', 'reconsideration.concluded'], true],
    ]);
  });

  it('warns about the failed check with both values', () => {
    expect(parseReport(text, { catalog }).warnings).toEqual([
      'check failed: administrative-reconsideration: received (5) ≥ accepted (8), since a case is received before it is accepted, and accepted before it is concluded',
    ]);
  });

  it('passes both checks when received 10 ≥ accepted 8 ≥ concluded 6', () => {
    const ok = `${TITLE}共收到行政复议案件申请10件,受理8件,审结6件。`;
    const report = parseReport(ok, {
      catalog: madeUpCatalog([
        { key: 'reconsideration.received', anchor: '申请10件', measure: 'received' },
        { key: 'reconsideration.accepted', anchor: '受理8件', measure: 'accepted' },
        { key: 'reconsideration.concluded', anchor: '审结6件', measure: 'concluded' },
      ]),
    });
    expect(report.checks.map((c) => c.ok)).toEqual([true, true]);
    expect(report.warnings).toEqual([]);
  });

  it('skips the check when the larger figure is only a lower bound (5余件)', () => {
    // Made up: "more than 5" received against 8 accepted is not a contradiction.
    const t = `${TITLE}共收到行政复议案件申请5余件,受理8件。`;
    const report = parseReport(t, {
      catalog: madeUpCatalog([
        { key: 'reconsideration.received', anchor: '申请5余件', measure: 'received' },
        { key: 'reconsideration.accepted', anchor: '受理8件', measure: 'accepted' },
      ]),
    });
    expect(report.checks).toEqual([]);
  });

  it('skips the check between figures of different units', () => {
    // Made up: 10 cases received against 8 people accepted share no unit.
    const t = `${TITLE}共收到行政复议案件申请10件,受理8人。`;
    const report = parseReport(t, {
      catalog: madeUpCatalog([
        { key: 'reconsideration.received', anchor: '申请10件', measure: 'received' },
        { key: 'reconsideration.accepted', anchor: '受理8人', measure: 'accepted' },
      ]),
    });
    expect(report.checks).toEqual([]);
  });

  it('does not check figures of different topics against each other', () => {
    // Made up: reconsideration received 5, litigation accepted 8.
    const t = `${TITLE}共收到行政复议案件申请5件,行政诉讼受理8件。`;
    const report = parseReport(t, {
      catalog: madeUpCatalog([
        { key: 'reconsideration.received', anchor: '申请5件', measure: 'received' },
        { key: 'litigation.accepted', anchor: '受理8件', measure: 'accepted', topic: 'administrative-litigation' },
      ]),
    });
    expect(report.checks).toEqual([]);
  });
});

describe('PARTS_SUM', () => {
  const mediation = (entries: EntryInput[]) => madeUpCatalog(entries.map((e) => ({ topic: 'people-mediation', measure: 'established', ...e })));

  it('fails when parts 15 + 3 do not sum to the stated total 20, and warns', () => {
    // Made up: 20 committees, of which 15 village and 3 community ones (2 unaccounted for).
    const t = `${TITLE}全县已建立人民调解委员会20个,其中村调委会15个,社区调委会3个。`;
    const report = parseReport(t, {
      catalog: mediation([
        { key: 'mediation.committees', anchor: '委员会20个' },
        { key: 'mediation.village', anchor: '村调委会15个', partOf: 'mediation.committees' },
        { key: 'mediation.community', anchor: '社区调委会3个', partOf: 'mediation.committees' },
      ]),
    });
    expect(report.checks.map((c) => [c.rule, c.figureKeys, c.ok])).toEqual([
      ['PARTS_SUM', ['mediation.committees', 'mediation.village', 'mediation.community'], false],
    ]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatch(/^check failed: mediation\.committees: 15 \+ 3 = 18 /);
  });

  it('passes when parts 17 + 3 sum to the stated total 20', () => {
    const t = `${TITLE}全县已建立人民调解委员会20个,其中村调委会17个,社区调委会3个。`;
    const report = parseReport(t, {
      catalog: mediation([
        { key: 'mediation.committees', anchor: '委员会20个' },
        { key: 'mediation.village', anchor: '村调委会17个', partOf: 'mediation.committees' },
        { key: 'mediation.community', anchor: '社区调委会3个', partOf: 'mediation.committees' },
      ]),
    });
    expect(report.checks.map((c) => [c.rule, c.description, c.ok])).toEqual([
      ['PARTS_SUM', 'mediation.committees: 17 + 3 = 20 = 20', true],
    ]);
  });

  it('fails when parts of which one is "more than" already exceed an exact total (15余 + 8 > 20)', () => {
    const t = `${TITLE}全县已建立人民调解委员会20个,其中村调委会15余个,社区调委会8个。`;
    const report = parseReport(t, {
      catalog: mediation([
        { key: 'mediation.committees', anchor: '委员会20个' },
        { key: 'mediation.village', anchor: '村调委会15余个', partOf: 'mediation.committees' },
        { key: 'mediation.community', anchor: '社区调委会8个', partOf: 'mediation.committees' },
      ]),
    });
    expect(report.checks.map((c) => [c.description, c.ok])).toEqual([['mediation.committees: 15 + 8 = 23 ≤ 20', false]]);
  });

  it('passes when parts of which one is "more than" stay under an exact total (15余 + 3 ≤ 20)', () => {
    const t = `${TITLE}全县已建立人民调解委员会20个,其中村调委会15余个,社区调委会3个。`;
    const report = parseReport(t, {
      catalog: mediation([
        { key: 'mediation.committees', anchor: '委员会20个' },
        { key: 'mediation.village', anchor: '村调委会15余个', partOf: 'mediation.committees' },
        { key: 'mediation.community', anchor: '社区调委会3个', partOf: 'mediation.committees' },
      ]),
    });
    expect(report.checks.map((c) => [c.description, c.ok])).toEqual([['mediation.committees: 15 + 3 = 18 ≤ 20', true]]);
  });

  it('does not run a funnel check on parts (they carry partOf)', () => {
    const t = `${TITLE}全县已建立人民调解委员会20个,其中村调委会17个,社区调委会3个。`;
    const report = parseReport(t, {
      catalog: mediation([
        { key: 'mediation.committees', anchor: '委员会20个' },
        { key: 'mediation.village', anchor: '村调委会17个', partOf: 'mediation.committees' },
        { key: 'mediation.community', anchor: '社区调委会3个', partOf: 'mediation.committees' },
      ]),
    });
    expect(report.checks.filter((c) => c.rule === 'FUNNEL')).toEqual([]);
  });
});
