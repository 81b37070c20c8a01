import { asksFewer } from '../../server/ask/parse/readings.js';
import { describe, expect, it } from 'vitest';
import { CUE_MARK, detectCues, withoutCues, withoutNamedCues, type CueName } from '../../server/ask/cues.js';
import { rankHints } from '../../server/ask/parse/hints.js';
import { rankIntent } from '../../server/ask/parse/across.js';

const cuesOf = (question: string) => [...detectCues(question).cues].sort();
/** Each cue found, with the words it covers. */
const spansOf = (question: string) => detectCues(question).spans
  .map((s) => [s.name, question.slice(s.start, s.end)] as [CueName, string])
  .sort((a, b) => question.indexOf(a[1]) - question.indexOf(b[1]));

describe('detectCues: what a question asks for', () => {
  it('finds a sum in 一共', () => {
    expect(spansOf('法官和检察官一共18人吗')).toEqual([['sum', '一共']]);
  });

  it('finds a sum in "in total"', () => {
    expect(spansOf('judges and prosecutors in total')).toEqual([['sum', 'in total']]);
  });

  it('finds a difference in 多几', () => {
    expect(spansOf('执业律师比公职律师多几人')).toEqual([['difference', '多几']]);
  });

  it('finds a difference in "how many more"', () => {
    expect(cuesOf('how many more judges than prosecutors')).toEqual(['difference']);
  });

  it('finds a ratio in 比例', () => {
    expect(spansOf('审结数占受理数的比例')).toEqual([['ratio', '比例']]);
  });

  it('finds a ratio in "share"', () => {
    expect(spansOf('what share of applications got accepted')).toEqual([['word_question', 'what'], ['ratio', 'share']]);
  });

  it('finds a comparison in 哪个多', () => {
    expect(spansOf('法官和检察官哪个多')).toEqual([['compare', '哪个多']]);
  });

  it('finds a comparison in "versus"', () => {
    expect(cuesOf('judges versus prosecutors')).toEqual(['compare']);
  });

  it('finds a breakdown in 构成', () => {
    expect(spansOf('调委会的构成')).toEqual([['breakdown', '构成']]);
  });

  it('finds a breakdown in "by type"', () => {
    expect(spansOf('mediation committees by type')).toEqual([['breakdown', 'by type']]);
  });

  it('finds problems in 短板', () => {
    expect(cuesOf('工作还有什么短板')).toEqual(['list_question', 'problems']);
  });

  it('finds recommendations in 下一步', () => {
    expect(spansOf('下一步怎么干')).toEqual([['recommendations', '下一步']]);
  });

  it('reads a question word that compares nothing as asked in words: 哪个村入选, not 哪个多', () => {
    expect(spansOf('哪个村入选了示范村')).toEqual([['word_question', '哪个']]);
    expect(spansOf('哪个县学法多')).toEqual([['compare', '哪个']]);
    expect(spansOf('which is the village selected')).toEqual([['word_question', 'which is']]);
    expect(spansOf('which is larger')).toEqual([['compare', 'which is'], ['compare', 'larger']]);
  });

  it('asks who put a report out when it asks which body did: which body published, which office issued the report', () => {
    expect(spansOf('which body of laobian district published the report')).toEqual([['list_question', 'which'], ['publisher', 'published']]);
    expect(spansOf('which office issued the jianghan report')).toEqual([['list_question', 'which'], ['publisher', 'issued']]);
    expect(spansOf('when was the report published')).toEqual([['published_on', 'when was the report'], ['published_on', 'published']]);
  });

  it('asks a count with "how big" (the size of a team)', () => {
    expect(spansOf('how big is the expert team')).toEqual([['count_question', 'how big']]);
  });

  it('finds documents in 哪些文件', () => {
    expect(spansOf('印发哪些文件')).toEqual([['documents', '印发'], ['documents', '哪些文件']]);
  });

  it('finds documents in "cited"', () => {
    expect(cuesOf('documents cited in the report')).toEqual(['documents']);
  });

  it('finds the publisher in 谁发布', () => {
    expect(spansOf('这是谁发布的')).toEqual([['publisher', '谁发布']]);
  });

  it('finds the publisher in "who published"', () => {
    expect(cuesOf('who published it')).toEqual(['publisher']);
  });

  it('finds the publication date in 发布日期', () => {
    expect(spansOf('发布日期')).toEqual([['published_on', '发布日期']]);
  });

  it('finds the publication date in "release date"', () => {
    expect(cuesOf('the release date')).toEqual(['published_on']);
  });

  it('finds the title in 标题', () => {
    expect(spansOf('标题')).toEqual([['title', '标题']]);
  });

  it('finds the title in "title"', () => {
    expect(cuesOf('the title please')).toEqual(['title']);
  });

  it('finds nothing in a question that names only a figure', () => {
    expect(cuesOf('公证处出证')).toEqual([]);
  });
});

describe('detectCues: English word forms', () => {
  it('finds problems through the stem of "problem" in "problems"', () => {
    expect(spansOf('what problems remain')).toEqual([['word_question', 'what'], ['problems', 'problems']]);
  });

  it('finds problems in "issues" and in "the main issue", not in the verb of "did the county issue"', () => {
    expect(spansOf('the main issue')).toEqual([['problems', 'main issue']]);
    expect(spansOf('which issues remain')).toEqual([['list_question', 'which'], ['problems', 'issues']]);
    expect(spansOf('what did the district issue on oaths')).toEqual([['list_question', 'what did']]);
  });

  it('finds next steps in "plans", not in a plan the report names (what study plan did it draw up)', () => {
    expect(spansOf('what are the plans')).toEqual([['list_question', 'what are'], ['recommendations', 'plans']]);
    expect(spansOf('what study plan did it draw up')).toEqual([['word_question', 'what']]);
  });

  it('finds recommendations through the stem of "recommendation" in "recommendations"', () => {
    expect(cuesOf('any recommendations')).toEqual(['recommendations']);
  });

  it('finds a breakdown in the inflected "broken down"', () => {
    expect(spansOf('committees broken down')).toEqual([['breakdown', 'broken down']]);
  });

  it('matches English cues by whole words, not inside other words (share ≠ shared)', () => {
    expect(cuesOf('a shareholder meeting')).toEqual([]);
  });
});

describe('detectCues: overlapping cues', () => {
  it('gives "how many more" to the difference, not "how many" to a count', () => {
    expect(spansOf('how many more judges')).toEqual([['difference', 'how many more']]);
  });

  it('gives 哪个部门发布 to the publisher, not 哪个 to a comparison', () => {
    expect(spansOf('哪个部门发布的')).toEqual([['publisher', '哪个部门发布']]);
  });

  it('gives 存在的问题 to one problems cue, not also to 问题', () => {
    expect(spansOf('存在的问题')).toEqual([['problems', '存在的问题']]);
  });

  it('finds a cue every time it occurs', () => {
    expect(spansOf('比例和比例')).toEqual([['ratio', '比例'], ['ratio', '比例']]);
  });
});

describe('withoutCues', () => {
  it('replaces the span of a named cue with the cue mark', () => {
    const q = '执业律师比公职律师多几人';
    expect(withoutCues(q, detectCues(q), ['difference'])).toBe(`执业律师比公职律师 ${CUE_MARK} 人`);
  });

  it('keeps cues of kinds it is not asked to cut', () => {
    const q = '执业律师比公职律师多几人';
    expect(withoutCues(q, detectCues(q), ['sum'])).toBe(q);
  });

  it('cuts every named cue, from the last to the first, keeping the text between', () => {
    const q = 'how many more judges in total';
    expect(withoutCues(q, detectCues(q), ['difference', 'sum'])).toBe(` ${CUE_MARK}  judges  ${CUE_MARK} `);
  });
});

describe('withoutNamedCues: a Chinese cue that is a word of a figure\'s name', () => {
  const named = (labels: string[]) => (words: string) => labels.some((l) => l.includes(words));
  it('keeps 各类 in 审结各类合同纠纷 when a figure is labelled with it', () => {
    const q = '审结了多少件各类合同纠纷';
    expect(detectCues(q).cues.has('breakdown')).toBe(true);
    expect(withoutNamedCues(q, detectCues(q), () => false, named(['审结各类合同纠纷(件)'])).cues.has('breakdown')).toBe(false);
  });
  it('reads "how many categories of …" as a count in categories, "broken down by category" as a breakdown', () => {
    const q = 'how many categories of services does the hall offer';
    expect(detectCues(q).cues.has('breakdown')).toBe(true);
    expect(withoutNamedCues(q, detectCues(q), () => false).cues.has('breakdown')).toBe(false);
    const b = 'services of the hall by category';
    expect(withoutNamedCues(b, detectCues(b), () => false).cues.has('breakdown')).toBe(true);
  });
  it('reads 各类 as a breakdown when no label holds it with the words after it', () => {
    const q = '各类案件分别多少件';
    expect(withoutNamedCues(q, detectCues(q), () => false, named(['审结各类合同纠纷(件)'])).cues.has('breakdown')).toBe(true);
  });
});

describe('rankIntent: the direction a comparison of two places asks', () => {
  it('asks the lower of two with 少 or fewer, the higher otherwise', () => {
    expect(rankIntent('塘栖镇、开阳县两地中,委员会会议开得少的是哪个', 2)?.order).toBe('asc');
    expect(rankIntent('紫云和金平哪个更少', 2)?.order).toBe('asc');
    expect(rankIntent('which held fewer meetings, a or b', 2)?.order).toBe('asc');
    expect(rankIntent('紫云和金平哪个更多', 2)?.order).toBe('desc');
    // The order's end named too: from most to least is descending, from least to most ascending.
    expect(rankIntent('rank a, b and c by sessions held, from most to least', 3)?.order).toBe('desc');
    expect(rankIntent('rank a, b and c by sessions held, from least to most', 3)?.order).toBe('asc');
  });

  it('follows an order said outright, though its words hold a superlative of the other way', () => {
    expect(rankIntent('rank a, b and c by cases, from most to least', 3)?.order).toBe('desc');
    expect(rankIntent('rank the counties by cases from least to most', 0)?.order).toBe('asc');
    expect(rankIntent('各县按案件数由少到多排名', 0)?.order).toBe('asc');
    expect(rankIntent('各县案件数排名,由高到低', 0)?.order).toBe('desc');
  });
});

describe('rankHints: the unit a question counts in', () => {
  it('reads 多少期 as 期 and "how many sessions of …" as sessions, whatever follows', () => {
    expect(rankHints('开阳县办了多少期系列讲座').units).toEqual(['期']);
    expect(rankHints("how many sessions of the city's lecture hall did kaiyang officials attend").units).toContain('期');
  });

  it('reads "how much" as an amount, so no percentage answers it, unless it asks how much something changed', () => {
    expect(rankHints('how much investment did the county attract').wantsCount).toBe(true);
    expect(rankHints('by how much was the approval time compressed').wantsCount).toBeUndefined();
    expect(rankHints('how much did exports grow').wantsCount).toBeUndefined();
  });
});

describe('asksFewer', () => {
  it('hears how much less the first named is than the second, in both languages', () => {
    for (const q of ['鲁山比郎溪少多少场', '蒸湘审查的文件比遂宁少几件', '甲比乙少审查了多少件', 'how many fewer lectures did a hold than b', 'how much less did a spend than b'])
      expect(asksFewer(q), q).toBe(true);
    for (const q of ['郎溪比鲁山多开展了多少场', '郎溪比鲁山多几场,少的是谁', 'how many more lectures did a hold than b', 'how many cases, fewer or more than b'])
      expect(asksFewer(q), q).toBe(false);
  });
});

describe('rankHints: the unit a question counts in', () => {
  it('counts people asked with 个 in the units people are counted in (多少个公务员 → 名, 人)', () => {
    expect(rankHints('新录用了多少个公务员').units).toContain('名');
    expect(rankHints('有多少个调解委员会').units).toEqual(['个']);
  });

  it('counts attendances with 人次 and money with 元', () => {
    expect(rankHints('接待群众多少人次').units).toEqual(['人次']);
    expect(rankHints('罚款一共罚了多少钱').units).toEqual(['元']);
  });
});
