import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../server/ingest/documents.js';
import { seedReport, seedText } from './helpers.js';

describe('documents cited in the seed report', () => {
  it('finds 11 《…》 citations', () => {
    expect(extractDocuments(seedText())).toHaveLength(11);
  });

  it('lists the titles in order of citation', () => {
    expect(extractDocuments(seedText()).map((d) => d.title)).toEqual([
      '紫云自治县领导干部应知应会党内法规和法律法规清单',
      '习近平法治思想学习问答',
      '习近平法治思想学习纲要',
      '论坚持全面依法治国',
      '党政主要负责人履行推进法治建设第一责任人职责规定',
      '紫云自治县细化落实贵州省营商环境大改善三年行动方案(2024-2026年)责任分解表',
      '关于开展2024年全县法治督察暨行政执法案卷评查工作的通知',
      '贵州省重大行政决策程序实施办法',
      '贵州省行政规范性文件制定和监督管理规定',
      '紫云自治县人民政府办公室关于印发紫云自治县人民政府2024年度重大行政决策事项目录的通知',
      '紫云苗族布依族自治县国土空间生态修复规划(2021—2035年)',
    ]);
  });

  it('slices every span back to 《title》', () => {
    const text = seedText();
    const wrong = extractDocuments(text).filter((d) => text.slice(d.span.start, d.span.end) !== `《${d.title}》`).map((d) => d.title);
    expect(wrong).toEqual([]);
  });

  it('gives 《论坚持全面依法治国》 the span of its first character 《 to after 》', () => {
    const text = seedText();
    const doc = extractDocuments(text).find((d) => d.title === '论坚持全面依法治国')!;
    expect(doc.span).toEqual({ start: text.indexOf('《论坚持全面依法治国》'), end: text.indexOf('《论坚持全面依法治国》') + 11 });
  });

  it('separates three adjacent citations 《…》《…》《…》', () => {
    const titles = extractDocuments(seedText()).slice(1, 4).map((d) => d.title);
    expect(titles).toEqual(['习近平法治思想学习问答', '习近平法治思想学习纲要', '论坚持全面依法治国']);
  });

  it('places each document in the section that cites it (parseReport)', () => {
    expect(seedReport().documents.map((d) => d.sectionPath)).toEqual([
      '1.1.3', '1.1.3', '1.1.3', '1.1.3', '1.1.4', '1.2.2', '1.3.1', '1.3.2', '1.3.2', '1.3.2', '1.3.2',
    ]);
  });
});

describe('extractDocuments on made-up text', () => {
  it('keeps a nested 〈…〉 name inside the title', () => {
    // Made up.
    const text = '印发《关于贯彻〈法治政府建设实施纲要〉的通知》。';
    expect(extractDocuments(text)).toEqual([{ title: '关于贯彻〈法治政府建设实施纲要〉的通知', span: { start: 2, end: 23 } }]);
  });

  it('does not read a citation across a line break', () => {
    // Made up: an unclosed 《 at the end of one line.
    expect(extractDocuments('印发《某某规定\n》的通知')).toEqual([]);
  });

  it('finds nothing in text without 《》', () => {
    expect(extractDocuments('共收到行政复议案件申请10件。')).toEqual([]);
  });
});
