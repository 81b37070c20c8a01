import { describe, expect, it } from 'vitest';
import { localAnswerWords, localCandidateLabel, localLabel, localizeFacts, localizeRow } from '../../client/src/lib/localize.js';
import { chartFor } from '../../client/src/lib/chart.js';
import { fact } from './fixtures.js';

const concluded = fact({ label: '行政复议案件审结数', labelZh: '行政复议案件审结数', labelEn: 'Administrative reconsideration cases concluded', value: 22, span: { start: 2052, end: 2055 }, metricId: 'ziyun-2024/administrative-reconsideration.concluded' });
const litigation = fact({ label: '行政诉讼案件审结数', labelZh: '行政诉讼案件审结数', labelEn: 'Administrative litigation cases concluded', value: 18, span: { start: 2100, end: 2103 }, metricId: 'ziyun-2024/administrative-litigation.concluded' });

describe("an answer's facts in the interface's language", () => {
  it('take the English label and place of a Chinese answer, and the Chinese of an English one', () => {
    const [en] = localizeFacts([concluded], 'en');
    expect(en.label).toBe('Administrative reconsideration cases concluded');
    expect(en.region).toBe('Ziyun');
    const asked = { ...concluded, label: 'Administrative reconsideration cases concluded', region: '紫云苗族布依族自治县' };
    expect(localizeFacts([asked], 'zh')[0]).toMatchObject({ label: '行政复议案件审结数', region: '紫云苗族布依族自治县' });
  });

  it('keep the label given when the hub has no other (a section, a document)', () => {
    const section = fact({ kind: 'SECTION', label: '存在的问题', value: null, span: null, labelEn: null, labelZh: null });
    expect(localLabel(section, 'en')).toBe('存在的问题');
  });

  it("keep a guessed label's mark, in the new language", () => {
    const guessed = { ...concluded, label: '行政复议案件审结数(自动标注,含义可能不准)' };
    expect(localLabel(guessed, 'en')).toBe('Administrative reconsideration cases concluded (label uncertain)');
    const chart = chartFor({ query: { op: 'compare' }, facts: localizeFacts([{ ...guessed, value: 22 }, litigation], 'en') }, 'en');
    expect(chart?.data.map((d) => d.label)).toEqual(['Administrative reconsideration cases concluded (label uncertain)', 'Administrative litigation cases concluded']);
  });

  it('name a reading by its figure in the interface language', () => {
    expect(localCandidateLabel({ label: '行政诉讼案件审结数', facts: [litigation] }, 'en')).toBe('Administrative litigation cases concluded');
    expect(localCandidateLabel({ label: '两项之和', facts: [concluded, litigation] }, 'en')).toBe('两项之和');
  });

  it('chart a Chinese answer with English categories', () => {
    const answer = { query: { op: 'compare' }, facts: localizeFacts([concluded, litigation], 'en') };
    const chart = chartFor(answer, 'en');
    expect(chart?.data.map((d) => d.label).join(' ')).toMatch(/^[\x20-\x7E]+$/);
  });

  it("read an answer's reply in the interface's language when the hub gives it", () => {
    const answer = {
      language: 'zh', text: '审结22件。', interpretation: '查找:审结数', derivation: null, notes: ['按上一问理解为：…'],
      translation: { language: 'en', text: '22 cases concluded.', interpretation: 'look up: concluded', derivation: null, notes: ['Read with the previous question as: …'] },
    };
    expect(localAnswerWords(answer, 'en')).toMatchObject({ language: 'en', text: '22 cases concluded.', notes: ['Read with the previous question as: …'] });
    expect(localAnswerWords(answer, 'zh').text).toBe('审结22件。');
    // An answer kept from before the hub gave translations reads as it was given.
    expect(localAnswerWords({ ...answer, translation: null }, 'en').text).toBe('审结22件。');
  });

  it("name a ranking row's place in the interface's language", () => {
    const row = { place: '郎溪', placeZh: '郎溪', placeEn: 'Langxi', year: 2024 };
    expect(localizeRow(row, 'en').place).toBe('Langxi');
    expect(localizeRow({ ...row, place: 'Langxi' }, 'zh').place).toBe('郎溪');
    expect(localizeRow({ place: '郎溪' }, 'en').place).toBe('郎溪');
  });
});
