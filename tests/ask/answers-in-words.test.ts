/**
 * Questions answered by a sentence, not a figure (which village, what mode, which laws, what did the
 * report say about X), in both languages: the sentence holding most of the question's words, weighed
 * by how few sentences hold each; English words reach the report's Chinese through the dictionary
 * even where no figure holds the word. A report of prose with no figure at all is held and asked
 * the same way; a development zone named with a hyphen is found by its name and its short forms.
 * The reports are made up for this test in the genre's wording.
 */
import { describe, expect, it } from 'vitest';
import { hubWithReports } from './seeded.js';

const PROSE = `平江县2023年度法治政府建设情况报告
2023年平江县坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,深入学习贯彻习近平法治思想,紧扣中央、省、市关于法治建设的决策部署,扎实推进法治政府建设。
一年来,我县县域经济发展活力位列全省第6,并荣获“四好农村路”全国示范县等一批荣誉称号;三星镇龙门村成功入选“第三批全国乡村治理示范村”,为乡村振兴提供了法治保障。
紧扣岳阳市“八五”普法规划收官要求和县委工作部署,持续补短板、强弱项、提质效。
县司法局牵头起草《平江县重大行政决策程序实施办法》等行政规范性文件,每季度对各部门、各乡镇法治政府建设工作评议一次。
深入学习贯彻习近平法治思想,邀请省法学会副会长李明远教授作专题辅导报告,不断提高领导干部的法治能力。
县委常委会认真履行推进法治建设领导职责,将法治政府建设纳入全县经济社会发展总体规划,与中心工作同部署、同推进、同督促、同考核、同奖惩。
3月6日召开的县委十五届第21次常委会会议上套开县委全面依法治县委员会第一次会议、10月12日召开的县委十五届第43次常委会会议套开县委全面依法治县委员会第二次会议,传达学习省委依法治省委员会第三次会议精神。
县政府出台《法治人才培养规划落实工作方案》,不断夯实法治政府建设基础,强化“头雁”法治引领,推动形成带头学、示范学、引领学的良好氛围。`;

const ZONE = `北部湾-东盟经济技术开发区2024年度法治政府建设情况报告
2024年,北部湾-东盟经济技术开发区深入贯彻落实习近平法治思想,全力抓好法治政府建设各项工作任务落实。
一、主要举措和成效
全年召开党工委理论学习中心组学习会5次,专题听取法治建设工作汇报12次。
带头深入学习《重大行政决策程序规定》等法律法规,将《中华人民共和国宪法》《公司法》《招投标法》等法律作为日常学法的材料。
通过“6+N”模式,每周为辖区企业群众提供“一站式”法律服务,全年开展活动40余场。`;

const ask = hubWithReports(() => [
  { text: PROSE, region: '平江县', year: 2023 },
  { text: ZONE, region: '北部湾-东盟经济技术开发区', year: 2024 },
]);

describe('a question asked in words is answered by the sentence that holds it', () => {
  it('哪个村入选: a question word that compares nothing, answered from a report with no figures', async () => {
    for (const q of ['平江县哪个村入选了“第三批全国乡村治理示范村”?', 'Which village of Pingjiang County was selected as a national rural governance demonstration village?']) {
      const a = await ask(q);
      expect([q, a.status, a.text.includes('龙门村')]).toEqual([q, 'ANSWERED', true]);
    }
  });

  it('what did the report say about a topic: English words the dictionary gives reach a sentence no figure is in', async () => {
    const a = await ask('What did Pingjiang County say about rule-of-law talent cultivation?');
    expect([a.status, a.text.includes('法治人才培养规划')]).toEqual(['ANSWERED', true]);
  });

  it('Xi Jinping is no place, and a pair of English words reaches the sentence as a whole (leading cadres → 领导干部)', async () => {
    const a = await ask('Who gave Pingjiang County\'s leading cadres a tutorial lecture on Xi Jinping Thought on the Rule of Law?');
    expect([a.status, a.text.includes('李明远')]).toEqual(['ANSWERED', true]);
  });

  it('采用什么模式 / 哪些法律: the sentence, though some of the question\'s words are not in it', async () => {
    const mode = await ask('北部湾-东盟经开区采用什么模式提供法律服务?');
    expect([mode.status, mode.text.includes('6+N')]).toEqual(['ANSWERED', true]);
    const laws = await ask('北部湾-东盟经开区把哪些法律作为日常学法的材料?');
    expect([laws.status, laws.text.includes('公司法')]).toEqual(['ANSWERED', true]);
  });

  it('a comparison is still a comparison: 哪个多 is not asked in words', async () => {
    const a = await ask('北部湾-东盟经开区学习会和听取汇报哪个多?');
    expect(a.query.op).not.toBe('passage');
    expect(a.value).toBe(12);
  });

  it('a term alone is enough when few sentences hold it: what did the report say about “头雁”', async () => {
    const a = await ask('What did Pingjiang County say about "头雁" (lead geese)?');
    expect([a.status, a.text.includes('引领学')]).toEqual(['ANSWERED', true]);
  });

  it('a plan named in a sentence, not cited as a document, is answered by the sentence', async () => {
    const plan = await ask('平江县报告提到要紧扣岳阳市哪个普法规划的收官要求?');
    expect([plan.status, plan.query.op, plan.text.includes('八五')]).toEqual(['ANSWERED', 'passage', true]);
  });

  it('哪份, how often: question words of any counter, and a topic the report states no figure of, answered in words', async () => {
    const which = await ask('平江县司法局牵头起草了哪份规范性文件?');
    expect([which.status, which.query.op, which.text.includes('实施办法')]).toEqual(['ANSWERED', 'passage', true]);
    const often = await ask('平江县多久对各部门的法治政府建设工作评议一次?');
    expect([often.status, often.text.includes('每季度')]).toEqual(['ANSWERED', true]);
    // An overview of a topic the report states no figure of is what it says of the topic in words.
    const overview = await ask('平江县规范性文件方面的总体情况');
    expect([overview.status, overview.query.op, overview.text.includes('实施办法')]).toEqual(['ANSWERED', 'passage', true]);
  });

  it('refuses what no sentence says, rather than the nearest sentence', async () => {
    for (const q of ['平江县哪个乡镇的行政复议案件最多?', 'What did Pingjiang County say about artificial intelligence?', '平江县采用什么模式开展人民调解?']) {
      const a = await ask(q);
      expect([q, a.status]).not.toEqual([q, 'ANSWERED']);
    }
  });
});

describe('第几: the ordinal a sentence states', () => {
  it('位列全省第几 / where did it rank: the rank, with its sentence as the source', async () => {
    for (const q of ['平江县县域经济发展活力位列全省第几?', 'Where did Pingjiang County\'s economic vitality rank in the province?']) {
      const a = await ask(q);
      expect([q, a.status, a.value, a.facts[0]?.quote.includes('位列全省第6')]).toEqual([q, 'ANSWERED', 6, true]);
    }
  });

  it('the date asked picks that day\'s meeting, and an ordinal the question gives is not the answer', async () => {
    const cases: [string, number][] = [
      ['平江县3月6日召开的是县委十五届第几次常委会会议?', 21],
      ['平江县10月12日召开的是第几次常委会会议?', 43],
      ['At which numbered standing committee meeting did Pingjiang County hold the second meeting of its rule-of-law committee on 12 October?', 43],
    ];
    for (const [q, value] of cases) {
      const a = await ask(q);
      expect([q, a.status, a.value]).toEqual([q, 'ANSWERED', value]);
    }
  });

  it('no ordinal stated, no answer: 第几 is never a count', async () => {
    const a = await ask('平江县法律援助工作位列全省第几?');
    expect(a.status).not.toBe('ANSWERED');
  });
});

describe('a development zone named with a hyphen', () => {
  it('is found by its full name, its short form, with a dash or without it, and in English', async () => {
    for (const q of ['北部湾-东盟经济技术开发区召开党工委理论学习中心组学习会几次?', '北部湾-东盟经开区召开党工委理论学习中心组学习会几次?', '北部湾—东盟经开区召开党工委理论学习中心组学习会几次?', '北部湾东盟经开区召开党工委理论学习中心组学习会几次?', 'How many theory study group sessions did the Beibuwan-ASEAN Economic and Technological Development Zone hold?']) {
      const a = await ask(q);
      expect([q, a.status, a.value]).toEqual([q, 'ANSWERED', 5]);
    }
  });
});
