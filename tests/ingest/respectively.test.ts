/**
 * Figures stated respectively (分别): each figure is labelled with its own item of the enumeration
 * before 分别 and the words the items share, its topic and English read from those words only; an
 * enumeration that does not pair up with the figures keeps the clause-by-clause reading. Made-up
 * sentences in the genre's wording.
 */
import { describe, expect, it } from 'vitest';
import { parseReport, type ParsedFigure } from '../../server/ingest/report.js';

const TITLE = '某某县2024年法治政府建设工作报告\n一、主要工作\n';

function figure(body: string, written: string, nth = 0): ParsedFigure {
  const f = parseReport(TITLE + body).figures.filter((x) => x.text === written)[nth];
  expect(f, `${written} in ${body}`).toBeDefined();
  return f!;
}
const phraseOf = (f: ParsedFigure) => f.labelZh.replace(/^[^:]*:/, '').replace(/\([^()]*\)$/, '');

describe('figures stated respectively', () => {
  it('shares the words after the items: 受理、办结行政复议案件分别为25件、22件', () => {
    const body = '全年受理、办结行政复议案件分别为25件、22件。';
    const accepted = figure(body, '25件');
    const concluded = figure(body, '22件');
    expect(phraseOf(accepted)).toBe('受理行政复议案件');
    expect(phraseOf(concluded)).toBe('办结行政复议案件');
    expect(concluded.topic).toBe('administrative-reconsideration');
    expect(concluded.labelEn).toMatch(/concluded/i);
    expect(concluded.labelEn).not.toMatch(/accepted/i);
  });

  it('states changes respectively: 行政许可、行政确认事项办理时限分别压缩83%、82%', () => {
    const body = '行政许可、行政确认事项办理时限分别压缩83%、82%。';
    expect(phraseOf(figure(body, '83%'))).toBe('行政许可事项办理时限压缩');
    const second = figure(body, '82%');
    expect(phraseOf(second)).toBe('行政确认事项办理时限压缩');
    expect(second.labelEn).toMatch(/reduction/);
    // A comparison said before 分别 is each change's.
    expect(phraseOf(figure('行政复议、行政诉讼案件同比分别下降12%、8%。', '8%'))).toBe('行政诉讼案件同比下降');
  });

  it('shares a leading verb with noun items: 审查规范性文件、重大行政决策分别为17件、11件', () => {
    const body = '审查规范性文件、重大行政决策分别为17件、11件。';
    expect(phraseOf(figure(body, '17件'))).toBe('审查规范性文件');
    const decisions = figure(body, '11件');
    expect(phraseOf(decisions)).toBe('审查重大行政决策');
    expect(decisions.topic).toBe('major-administrative-decisions');
    // …and both a lead and a tail, items joined by 和.
    expect(phraseOf(figure('开展法治宣传和法律咨询活动分别为30场、45场。', '45场'))).toBe('开展法律咨询活动');
  });

  it('takes the topic from the figure’s own item, not a sibling’s', () => {
    const body = '审查规范性文件、重大行政决策分别为17件、11件。';
    expect(figure(body, '17件').topic).not.toBe('major-administrative-decisions');
  });

  it('reads three items, the last joined by 和, and a subject shared by action items', () => {
    const body = '人民调解、行政调解和司法调解案件分别为500件、300件和200件。';
    expect(['500件', '300件', '200件'].map((w) => phraseOf(figure(body, w)))).toEqual(['人民调解案件', '行政调解案件', '司法调解案件']);
    expect(phraseOf(figure('县法院受理、审结各类案件分别为3200件、3100件。', '3100件'))).toBe('县法院审结各类案件');
  });

  it('shares a lead and a tail around items in the middle: 行政诉讼案件一审、二审败诉率', () => {
    const body = '行政诉讼案件一审、二审败诉率分别为5%、3%。';
    expect(phraseOf(figure(body, '5%'))).toBe('行政诉讼案件一审败诉率');
    expect(phraseOf(figure(body, '3%'))).toBe('行政诉讼案件二审败诉率');
  });

  it('reads no join inside quotation marks: “双随机、一公开”检查和联合检查', () => {
    const body = '“双随机、一公开”检查和联合检查分别为30次、12次。';
    expect(phraseOf(figure(body, '30次'))).toBe('“双随机、一公开”检查');
    // 联合检查, or the 联合检查 of “双随机、一公开”: either reads its own item only.
    expect(phraseOf(figure(body, '12次'))).toMatch(/^(?:“双随机、一公开”)?联合检查$/);
    // Quoted names side by side are joined as by 、.
    const side = '全年开展“法律进企业”“法律进社区”活动分别为20场、35场。';
    expect(phraseOf(figure(side, '35场'))).toBe('开展“法律进社区”活动');
  });

  it('shares a noun lead with items exactly parallel: 行政复议案件纠错率和调解率', () => {
    const body = '2024年度行政复议案件纠错率和调解率分别达到15%和30%。';
    expect(phraseOf(figure(body, '30%'))).toBe('行政复议案件调解率');
  });

  it('keeps whole names whole when both end alike: 律师事务所、基层法律服务所', () => {
    expect(phraseOf(figure('全县律师事务所、基层法律服务所分别有5家、8家。', '5家'))).toBe('律师事务所');
    const rate = figure('行政机关负责人出庭应诉率、行政复议纠错率分别为100%、12%。', '12%');
    expect(phraseOf(rate)).toBe('行政复议纠错率');
  });

  it('labels parts after 其中 as parts of the whole, with its topic', () => {
    const body = '全县共办理法律援助案件317件,其中刑事、民事案件分别为120件和197件。';
    const criminal = figure(body, '120件');
    expect(phraseOf(criminal)).toBe('办理刑事法律援助案件');
    expect(criminal.topic).toBe('legal-aid');
    expect(criminal.labelEn).toMatch(/criminal/i);
    expect(phraseOf(figure(body, '197件'))).toBe('办理民事法律援助案件');
    expect(criminal.partOf).toBe(figure(body, '317件').key);
  });

  it('a part after 其中 stated on its own is that part of the whole too, with its topic', () => {
    const part = figure('全县共办理法律援助案件317件,其中刑事案件120件、民事案件197件。', '120件');
    expect(phraseOf(part)).toBe('办理刑事法律援助案件');
    expect(part.topic).toBe('legal-aid');
  });

  it('reads nothing when the items and the figures do not pair up', () => {
    // Three items, two figures: the clause-by-clause reading stands (the first keeps every item).
    const f = figure('受理、办结、归档行政复议案件分别为25件、22件。', '25件');
    expect(phraseOf(f)).not.toBe('受理行政复议案件');
    // A tail that counts the items together (两级) is no word of each item.
    expect(phraseOf(figure('市、县两级分别培训200人次、300人次。', '300人次'))).not.toBe('县两级培训');
    // No 分别: not stated respectively.
    expect(phraseOf(figure('受理行政复议案件25件、22件。', '22件'))).not.toBe('办结行政复议案件');
  });
});
