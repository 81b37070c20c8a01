/**
 * Labels a person would write (issue 13): the clause's own phrase, never a fragment starting with a
 * conjunction, never a neighbouring figure's words, the topic of the figure's own clause, English from
 * the bilingual dictionary and never Chinese. The sentences are built around the fragments the issue
 * quotes; the property checks run over every figure of the eight real excerpts in
 * tests/fixtures/reports-dev.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type ParsedFigure } from '../../server/ingest/report.js';

const TITLE = '某某县2024年法治政府建设工作报告\n一、工作情况\n';
const CJK = /[\u3400-\u9fff]/;

function figures(body: string): ParsedFigure[] {
  return parseReport(TITLE + body).figures;
}
function figure(body: string, written: string): ParsedFigure {
  const f = figures(body).find((x) => x.text === written);
  expect(f, `${written} in ${body}`).toBeDefined();
  return f!;
}
const phraseOf = (f: ParsedFigure) => f.labelZh.replace(/^[^:]*:/, '').replace(/\([^()]*\)$/, '');

describe('the Chinese label is the clause’s own phrase', () => {
  it('names what was counted and the action: 制发检察建议, 审查备案政府合同', () => {
    expect(phraseOf(figure('全年制发综合治理类司法建议2件,各类检察建议53件、复议意见书2件。', '53件'))).toBe('制发检察建议');
    expect(phraseOf(figure('审查政策、规划等行政决策365件,审查、备案政府合同122件,研究和办理各类涉法事务57件。', '122件'))).toBe('审查备案政府合同');
  });

  it('never starts with a conjunction or a scope word', () => {
    const f = figure('推动党政主要负责人履行职责,和2024年度全市党政主要负责人述法15名。', '15名');
    expect(phraseOf(f)).not.toMatch(/^(?:和|及|并|其中|全市|2024)/);
    expect(phraseOf(f)).toContain('述法');
    const g = figure('办理行政复议案件40件,其中纠错8件。', '8件');
    expect(phraseOf(g)).not.toMatch(/^其中/);
  });

  it('reads past a bracketed remark: 其中纠错(含撤销、确认违法)29件 is 纠错', () => {
    const f = figure('全年共审结行政复议申请135件(含上年度结转),其中纠错(含撤销、确认违法)29件,纠错率约19.2%。', '29件');
    expect(phraseOf(f)).toBe('纠错');
  });

  it('ends before the preposition that leads to the next figure: 17个委办局对182个事项', () => {
    const f = figure('17个委办局对182个事项实施告知承诺,办件量达11.34万件。', '17个');
    expect(phraseOf(f)).toBe('委办局');
    expect(phraseOf(figure('17个委办局对182个事项实施告知承诺,办件量达11.34万件。', '182个'))).toBe('事项实施告知承诺');
  });

  it('does not keep 度 of a year written 2024年度', () => {
    const f = figure('2024年度新受理的行政复议151件中,被申请人为县政府部门的案件数量为140件。', '151件');
    expect(phraseOf(f)).not.toMatch(/^度/);
  });

  it('never swallows a neighbouring figure', () => {
    const all = figures('发布“高效办成一件事”事项清单50个主题3期,覆盖群众2000人次。');
    for (const f of all) {
      for (const other of all) if (other !== f) expect(f.labelZh, f.text).not.toContain(other.text);
      expect(f.labelZh, f.text).not.toMatch(/\d/);
    }
    expect(all.find((f) => f.text === '3期')!.labelZh).not.toContain('50');
    const [units, towns] = figures('对全县29个重点单位和11个乡镇开展考核。');
    expect(phraseOf(units)).toBe('重点单位');
    expect(phraseOf(towns)).toMatch(/^乡镇/);
  });

  it('gives a rate without words of its own the subject of the clause before, never 办复率均为', () => {
    const f = figure('办理县人大代表建议29件、政协委员提案35件,办复率均为100%。', '100%');
    expect(f.labelZh).not.toMatch(/均为|^办复率/);
    expect(f.labelZh).toMatch(/政协委员提案.*办复率/);
    expect(f.labelConfidence).toBeLessThan(0.9);
  });

  it('names a bare 占比 by the count of the clause before: 网上办理事项1200项,占比90.5% → 网上办理事项占比', () => {
    const f = figure('全县政务服务事项1326项,其中网上办理事项1200项,占比90.5%。', '90.5%');
    expect(f.labelZh).toMatch(/网上办理事项占比/);
    expect(f.labelConfidence).toBeLessThan(0.9);
  });
});

describe('changes', () => {
  it('says what changes and which way: 同比增长128.78%', () => {
    const f = figure('全年受理行政复议案件同比增长128.78%。', '128.78%');
    expect(f.labelZh).toMatch(/受理行政复议案件同比增长/);
    expect(f.labelEn).toMatch(/increase/i);
    expect(f.labelEn).toMatch(/year on year/i);
  });

  it('borrows the quantity from the clause before: 办理时限…,同比提速超80%', () => {
    const f = figure('行政许可事项办理时限压缩至3个工作日,同比提速超80%。', '80%');
    expect(f.labelZh).not.toMatch(/^同比提速超/);
    expect(f.labelZh).toMatch(/办理时限.*提速/);
    expect(f.labelZh).not.toContain('超(');
    expect(f.labelEn).toMatch(/processing time/i);
    expect(f.labelEn).toMatch(/speed-up/i);
  });

  it('reads a fall as a fall: 下降12%', () => {
    const f = figure('行政诉讼案件败诉率下降12%。', '12%');
    expect(f.labelZh).toMatch(/败诉率下降/);
    expect(f.labelEn).toMatch(/decrease/i);
  });
});

describe('one thing counted in two units', () => {
  it('labels the second figure by what the first counts: 梳理法律服务事项6类、21项', () => {
    const body = '全镇梳理法律服务事项6类、21项,方便群众办事。';
    expect(phraseOf(figure(body, '21项'))).toBe(phraseOf(figure(body, '6类')));
    expect(phraseOf(figure(body, '21项'))).toMatch(/法律服务事项$/);
  });
});

describe('totals a sentence states', () => {
  it('links the items before 合计 to it when they add up to it, and not otherwise', () => {
    const all = figures('“好差评”非常满意802条,满意163条,合计965条;12345受理354件。');
    const total = all.find((f) => f.text === '965条')!;
    expect(all.filter((f) => f.partOf === total.key).map((f) => f.text)).toEqual(['802条', '163条']);
    const wrong = figures('非常满意802条,满意163条,合计900条。');
    expect(wrong.some((f) => f.partOf)).toBe(false);
  });
});

describe('the topic comes from the figure’s own clause', () => {
  it('does not give 一证即办 … 办理5万件 the topic of the notarial clause before it', () => {
    const f = figure('办理公证事项441件;推行“一证即办”,为群众办理5万件。', '5万件');
    expect(f.topic).not.toBe('notarization');
    const notary = figure('办理公证事项441件;推行“一证即办”,为群众办理5万件。', '441件');
    expect(notary.topic).toBe('notarization');
  });

  it('takes from a lead-in that enumerates several things only the item naming the figure: 检察建议 is not 行政复议’s', () => {
    const f = figure('把司法建议、检察建议、行政复议意见书作为有力抓手,全年制发综合治理类司法建议2件,各类检察建议53件、复议意见书2件。', '53件');
    expect(f.topic).not.toBe('administrative-reconsideration');
    expect(phraseOf(f)).toBe('制发检察建议');
  });

  it('still lets a clause that only names a measure continue the one before: 收到…10件,受理8件', () => {
    const f = figure('共收到行政复议案件申请10件,受理8件,审结6件。', '8件');
    expect(f.topic).toBe('administrative-reconsideration');
  });

  it('lets a bare rate continue the clause before, not take a heading’s topic: 政务服务事项…,录入率100%', () => {
    const body = '(二)深化权责清单管理\n1860项政务服务事项全部纳入政务服务平台,录入率100%,其中网上办理事项1700项,占比91.4%。';
    expect(figure(body, '100%').topic).toBe('government-services');
    expect(figure(body, '91.4%').topic).toBe('government-services');
  });
});

describe('English labels come from the dictionary', () => {
  it('translates a phrase nobody curated, word by word', () => {
    expect(figure('全年制发综合治理类司法建议2件,各类检察建议53件。', '53件').labelEn).toMatch(/issue procuratorial suggestion/i);
    expect(figure('审查、备案政府合同122件。', '122件').labelEn).toMatch(/review.*government contract/i);
    expect(figure('成立商会商事调解工作站30处。', '30处').labelEn).toMatch(/chamber of commerce.*mediation/i);
  });

  it('names the report’s place in English', () => {
    const report = parseReport('下蜀镇2025年度法治政府建设情况报告\n一、工作情况\n梳理编制下蜀镇基本履职事项清单117项。', {
      metadata: { region: '下蜀镇', year: 2025 },
    });
    expect(report.figures[0].labelEn).toMatch(/Xiashu Town/);
    expect(report.figures[0].labelEn).not.toMatch(CJK);
  });
});

describe('every figure of the eight real excerpts', () => {
  const dir = new URL('../fixtures/reports-dev/', import.meta.url);
  const manifest = readFileSync(new URL('manifest.tsv', dir), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const reports = manifest.map(([file, region, year, title]) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    return { file, text, report: parseReport(text, { metadata: { region, year: Number(year), title } }) };
  });
  const all = reports.flatMap(({ file, text, report }) => report.figures.map((f) => ({ file, text, f, report })));

  it('are many', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
  });

  it('each span slices to the figure text, and its quote contains it', () => {
    // Spans point into the report as stored: the text less its page furniture.
    for (const { report: { text }, f } of all) {
      expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
      expect(text.slice(f.quoteSpan.start, f.quoteSpan.end)).toBe(f.quote);
      expect(f.quote).toContain(f.text);
    }
  });

  it('no label starts with a conjunction or holds a digit, no English label holds Chinese', () => {
    for (const { file, f } of all) {
      const phrase = phraseOf(f);
      expect(phrase, `${file} ${f.text}: ${f.labelZh}`).not.toMatch(/^(?:和|及|与|并|以及|其中|同时|另外|此外|且|而)/);
      expect(f.labelZh, `${file} ${f.text}`).not.toMatch(/\d/);
      expect(f.labelEn, `${file} ${f.text}: ${f.labelEn}`).not.toMatch(CJK);
      expect(f.labelEn.length, `${file} ${f.text}`).toBeGreaterThan(3);
      expect(f.labelConfidence).toBeGreaterThanOrEqual(0);
      expect(f.labelConfidence).toBeLessThanOrEqual(1);
    }
  });

  it('no label contains another figure of its report', () => {
    for (const { file, f, report } of all) {
      for (const other of report.figures) if (other !== f) expect(f.labelZh, `${file} ${f.text}`).not.toContain(other.text);
    }
  });

  it('no label ends in a copula or a bare change word', () => {
    for (const { file, f } of all) expect(phraseOf(f), `${file} ${f.text}`).not.toMatch(/(?:均为|为|达到|达|超|同比)$/);
  });
});

describe('a clause that only says what was done carries the object of the clause before', () => {
  it('保留149件 after 开展规范性文件专项清理4次 is 规范性文件专项清理 kept, and so is 废止40件', () => {
    const body = '开展规范性文件专项清理4次,保留149件,废止40件。';
    expect(phraseOf(figure(body, '149件'))).toContain('规范性文件专项清理保留');
    expect(phraseOf(figure(body, '40件'))).toContain('规范性文件专项清理废止');
  });

  it('培训学员79人 after 举办了2期中青年干部培训班 names the class; 112人参训 names the training', () => {
    expect(phraseOf(figure('县委党校举办了2期中青年干部培训班,培训学员79人。', '79人'))).toContain('中青年干部培训班培训学员');
    expect(phraseOf(figure('组织参加市委理论学习中心组法治专题培训1期,112人参训。', '112人'))).toContain('法治专题培训参训');
  });

  it('废止 after a clean-up counted in two units (3次、60余件) carries the clean-up too', () => {
    expect(phraseOf(figure('集中清理政策文件3次、60余件,废止5件。', '5件'))).toBe('集中清理政策文件废止');
  });

  it('a clause with an object of its own keeps only its own words, and a same-unit stage is no carried action', () => {
    expect(phraseOf(figure('接待群众500人次,解答法律咨询300件。', '300件'))).toBe('解答法律咨询');
    expect(phraseOf(figure('收到行政复议申请10件,受理8件。', '8件'))).not.toContain('申请');
  });
});

describe('a negated word names no topic', () => {
  it('非诉讼案件 is not administrative litigation, 诉讼案件 may be', () => {
    const body = '全年律师事务所共办理各类法律事务787件,其中诉讼案件536件,非诉讼案件24件。';
    expect(figure(body, '24件').topic).not.toBe('administrative-litigation');
    expect(figure(body, '24件').labelEn).toMatch(/non-/i);
  });
});

describe('objects counted side by side share the predicate after the last', () => {
  it('对全县27个乡(镇、区)、36个县直单位进行实地督察: each count is of its own object, both inspected', () => {
    const body = '常态化开展督察,对全县27个乡(镇、区)、36个县直单位进行法治政府建设实地督察。';
    const towns = phraseOf(figure(body, '27个'));
    expect(towns).toContain('乡(镇、区)');
    expect(towns).toContain('实地督察');
    expect(towns).not.toContain('县直单位');
    expect(phraseOf(figure(body, '36个'))).toContain('县直单位进行法治政府建设实地督察');
  });

  it('a short other name in brackets is the counted noun\'s, whatever follows: 56个部门(单位)主要负责人述法', () => {
    const phrase = phraseOf(figure('组织56个部门(单位)主要负责人年终述法。', '56个'));
    expect(phrase).toContain('部门(单位)');
  });

  it('a figure with a verb of its own takes no predicate of another', () => {
    const body = '审查合同12件、备案文件8件进行归档。';
    expect(phraseOf(figure(body, '12件'))).not.toContain('归档');
  });
});

describe('the body a count is of', () => {
  it('a bare 委员会 is the committee the paragraph named before', () => {
    const body = '成立由镇党委书记任组长的依法治镇委员会,建立工作体系。全年召开委员会专题会议31次,将法治建设纳入规划。';
    expect(phraseOf(figure(body, '31次'))).toBe('召开依法治镇委员会专题会议');
  });

  it('a bracketed other name of the noun counted is part of it; a remark (含…) is not', () => {
    const body = '全年共召开5次常委会(全面依法治县委员会)、3次政府常务会,部署相关工作。';
    expect(phraseOf(figure(body, '5次'))).toContain('常委会(全面依法治县委员会)');
    expect(phraseOf(figure('办理各类案件12件(含上年度结转),办结10件。', '12件'))).not.toContain('结转');
  });

  it('a committee named in full keeps its own name', () => {
    const body = '成立依法治县委员会。召开县政府常务会议专题研究3次。';
    expect(phraseOf(figure(body, '3次'))).not.toContain('依法治县委员会');
  });
});

describe('a count of kinds before a figure is no part of its label', () => {
  it('明确10大类37项重点工作 is 明确重点工作; between two figures the words stay the first figure’s', () => {
    expect(phraseOf(figure('制定工作要点,明确10大类37项重点工作,细化责任。', '37项'))).toBe('明确重点工作');
    expect(phraseOf(figure('抽查57个执法单位4大类240余宗案卷。', '240余宗'))).not.toContain('执法单位');
  });
});

describe('a from–to change (由20个工作日压缩至2个工作日)', () => {
  it('the value after 至 is the subject as changed, the value after 由 what it was', () => {
    const body = '优化审批流程,政府投资审批项目由20个工作日压缩至2个工作日,企业投资项目备案由3天缩短到1天。';
    expect(phraseOf(figure(body, '2个工作日'))).toBe('政府投资审批项目压缩至');
    expect(phraseOf(figure(body, '20个工作日'))).toBe('政府投资审批项目原');
    expect(phraseOf(figure(body, '1天'))).toBe('企业投资项目备案缩短至');
    expect(phraseOf(figure(body, '3天'))).toBe('企业投资项目备案原');
  });

  it('a value set with no old one beside it keeps its own words', () => {
    expect(phraseOf(figure('办理时限压缩至2天。', '2天'))).not.toContain('原');
  });
});

describe('what clauses of one sentence share', () => {
  it('a year opening a list of things counted together is no number of its first item', () => {
    expect(phraseOf(figure('2023年对政府合同、规章草案、重大决策等开展合法性审查45件。', '45件'))).toBe('政府合同、规章草案、重大决策等开展合法性审查');
  });

  it('a count in a unit of the same kind (名, 人) shares the predicate, with the place it is done to', () => {
    const body = '向社区(村)选派驻点干部25名、志愿者40人,协助开展矛盾排查。';
    expect(phraseOf(figure(body, '40人'))).toBe('社区选派志愿者');
    expect(phraseOf(figure(body, '25名'))).toBe('社区选派驻点干部');
  });

  it('a clause whose noun has a verb and object of its own takes no verb of the clause before', () => {
    const body = '承诺时限比法定时限缩短60%,纸质材料精简比例达40%。';
    expect(phraseOf(figure(body, '40%'))).toBe('纸质材料精简比例');
  });

  it('a part after 其中 named by a bare noun is that part of the whole: 其中市本级40件、县区25件', () => {
    const body = '全年备案行政规范性文件65件,其中市本级40件、县区25件。';
    expect(phraseOf(figure(body, '25件'))).toBe('县区备案行政规范性文件');
    // A part with an action of its own keeps its own words.
    expect(phraseOf(figure('审查和备案规范性文件54件,其中审查市级规范性文件27件。', '27件'))).toBe('审查市级规范性文件');
  });

  it('a second object joined by 和 takes the verb of the first: 备案政府规章5件和部门文件9件', () => {
    const body = '全年备案政府规章5件和部门文件9件。';
    expect(phraseOf(figure(body, '9件'))).toBe('备案部门文件');
    // One with a verb of its own keeps it alone.
    expect(phraseOf(figure('受理申请30件和办结案件25件。', '25件'))).toBe('办结案件');
    // A later object named in quotation marks shares it too.
    expect(phraseOf(figure('全年办理“司法建议”11件,“检察建议”61件。', '61件'))).toBe('办理“检察建议”');
    // …and when each object's noun follows its number, the verb before the first number is shared.
    expect(phraseOf(figure('服务平台上线61个高频事项和45个企业联办事项。', '45个'))).toBe('上线企业联办事项');
  });

  it('a clause that opens with its verb has the subject the clause before named', () => {
    const body = '镇法律顾问出具审查意见书18份,参加信访接待(含联合接访)提供咨询意见26次,司法所工作人员参与调解并提出建议41次。';
    expect(phraseOf(figure(body, '26次'))).toBe('镇法律顾问参加信访接待提供咨询意见');
    // A clause with a subject and a predicate of its own keeps them, and shares no verb.
    expect(phraseOf(figure(body, '41次'))).toBe('司法所工作人员参与调解并提出建议');
    // Words before a verb that say how it was done are no subject.
    expect(phraseOf(figure('网上办理审批事项300项,完成电子归档280项。', '280项'))).toBe('完成电子归档');
  });
});
