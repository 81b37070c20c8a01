/** The pure parts of the answer tools: the citation copied, the shared link and its route, the PNG's name. */
import { describe, expect, it } from 'vitest';
import { answerWithCitation, citation } from '../../client/src/lib/citation.js';
import { chartFileName } from '../../client/src/lib/chart-png.js';
import { askHref, parseRoute } from '../../client/src/lib/route.js';

const fact = {
  quote: '全年共收到行政复议申请39件，受理36件，审结22件。',
  reportTitle: '紫云自治县2024年度法治政府建设工作报告',
  sectionHeading: '（三）依法化解矛盾纠纷',
  region: '紫云苗族布依族自治县',
  year: 2024,
};

describe('copying an answer with its citation', () => {
  it('puts the report title, section and quote after the reply', () => {
    expect(answerWithCitation({ text: '行政复议审结22件。', facts: [fact] }, 'zh'))
      .toBe('行政复议审结22件。——《紫云自治县2024年度法治政府建设工作报告》，（三）依法化解矛盾纠纷：“全年共收到行政复议申请39件，受理36件，审结22件。”');
    expect(answerWithCitation({ text: '22 cases.', facts: [fact] }, 'en'))
      .toBe('22 cases. — 《紫云自治县2024年度法治政府建设工作报告》, （三）依法化解矛盾纠纷: “全年共收到行政复议申请39件，受理36件，审结22件。”');
  });

  it('cites a sentence once, several sources one a line, and a report without a title by place and year', () => {
    const other = { ...fact, quote: '法律援助中心受理案件317件。', reportTitle: null, sectionHeading: null };
    expect(answerWithCitation({ text: 'T', facts: [fact, fact, other] }, 'zh').split('\n')).toEqual([
      'T', citation(fact, 'zh'), '——《紫云苗族布依族自治县 2024》：“法律援助中心受理案件317件。”',
    ]);
    expect(answerWithCitation({ text: '无数据。', facts: [] }, 'zh')).toBe('无数据。');
  });
});

describe('the shared link', () => {
  it('round-trips a question through #/ask?q=', () => {
    for (const question of ['行政复议审结了多少件?', 'How many cases & appeals? 100%', '紫云#2024/测试']) {
      const href = askHref(question, 'http://127.0.0.1:4000/');
      expect(href.startsWith('http://127.0.0.1:4000/#/ask?q=')).toBe(true);
      expect(parseRoute(href.slice(href.indexOf('#')))).toEqual({ page: 'ask', question });
    }
  });

  it('is the chat when it carries no question', () => {
    expect(parseRoute('#/ask')).toEqual({ page: 'chat' });
    expect(parseRoute('#/ask?q=%20%20')).toEqual({ page: 'chat' });
  });
});

it('names a PNG after its chart', () => {
  expect(chartFileName('收到 → 受理 → 审结')).toBe('收到-受理-审结.png');
  expect(chartFileName('Received → accepted')).toBe('Received-accepted.png');
  expect(chartFileName('→')).toBe('chart.png');
});
