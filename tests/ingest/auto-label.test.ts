/**
 * Automatic labelling of figures no catalog names. The report texts here are made up for tests.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/ingest/report.js';

const TITLE = '某某县2023年法治政府建设工作报告\n';

function only(text: string) {
  const report = parseReport(TITLE + text);
  expect(report.figures).toHaveLength(1);
  return report.figures[0];
}

describe('automatic labels', () => {
  it('reads topic, measure and unit from the clause: 受理法律援助案件 537 件', () => {
    const f = only('一、工作情况\n全年受理法律援助案件 537 件。');
    expect(f).toMatchObject({ topic: 'legal-aid', measure: 'accepted', unit: '件', value: 537, labelledBy: 'AUTO', labelConfidence: 0.9 });
    expect(f.labelZh).toBe('受理法律援助案件(件)');
    expect(f.labelEn).toBe('Legal aid: accepted (cases)');
  });

  it('takes the topic from the sentence when the clause has only the measure, with less confidence', () => {
    const report = parseReport(`${TITLE}一、工作情况\n办理行政复议案件,收到申请20件,审结15件。`);
    const concluded = report.figures[1];
    expect(concluded).toMatchObject({ topic: 'administrative-reconsideration', measure: 'concluded', value: 15 });
    expect(concluded.labelConfidence).toBeLessThan(0.9);
  });

  it('takes the topic from the section heading when the sentence has none', () => {
    const f = only('一、工作情况\n(一)深化人民调解工作。全年排查化解纠纷1200余件。');
    expect(f.topic).toBe('people-mediation');
    expect(f.qualifier).toBe('MORE_THAN');
    expect(f.labelConfidence).toBeLessThanOrEqual(0.6);
  });

  it('gives a rate a rate measure: 满意率98.5%', () => {
    const f = only('一、工作情况\n政务服务好差评满意率98.5%。');
    expect(f).toMatchObject({ unit: '%', value: 98.5, measure: 'satisfaction-rate' });
  });

  it('names no topic it cannot find, with a low confidence', () => {
    const f = only('一、工作情况\n新建小广场3个。');
    expect(f.topic).toBeNull();
    expect(f.measure).toBe('created');
    expect(f.labelConfidence).toBeLessThan(0.3);
    expect(f.labelEn).toBe('Created small public square (units)');
    expect(f.labelEn).not.toMatch(/[\u3400-\u9fff]/);
  });

  it('keys automatic figures by topic, measure and offset, so re-ingesting the same text keeps their ids', () => {
    const text = `${TITLE}一、工作情况\n全年受理法律援助案件 537 件。`;
    expect(parseReport(text).figures[0].key).toBe(parseReport(text).figures[0].key);
    expect(parseReport(text).figures[0].key).toMatch(/^legal-aid\.accepted-at-\d+$/);
  });
});
