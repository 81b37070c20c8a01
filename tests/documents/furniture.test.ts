import { describe, expect, it } from 'vitest';
import { stripFurniture } from '../../server/documents/furniture.js';

// Made-up texts in the shape of saved government pages.
const body = '2024年,某某县坚持依法行政,全年受理行政复议案件12件,审结10件,法治政府建设取得新成效。';

describe('stripFurniture', () => {
  it('drops the navigation above a breadcrumb, the breadcrumb and the info bar, keeping the title', () => {
    const page = ['无障碍 简体| 繁体', '政务公开', '当前位置: 首页 > 专题专栏 > 法治建设', '某某县2024年法治政府建设工作报告',
      '发布时间:2025年03月28日 16:52 来源:某某县司法局 浏览次数:', '字号:[ 小 中 大 ]', body].join('\n');
    const clean = stripFurniture(page);
    expect(clean.text).toBe(`某某县2024年法治政府建设工作报告\n${body}`);
    expect(clean.metadata).toEqual({ publishedOn: '2025-03-28', publisher: '某某县司法局' });
    expect(clean.dropped).toHaveLength(5);
  });

  it('drops a footer below the last paragraph, and everything after it', () => {
    const clean = stripFurniture(['某某县报告', body, '【打印本页】【关闭窗口】', '主办单位:某某县人民政府办公室', '地址:某某路1号'].join('\n'));
    expect(clean.text).toBe(`某某县报告\n${body}`);
  });

  it('drops page numbers of a PDF between paragraphs', () => {
    expect(stripFurniture(['某某县报告', body, '- 2 -', body, '第 3 页 共 5 页'].join('\n')).text).toBe(`某某县报告\n${body}\n${body}`);
  });

  it('keeps prose that names a source or a date, and a heading of one word', () => {
    const prose = '二是规范信息来源:对全县12个部门发布的信息进行核查,来源不明的一律不予发布。';
    const text = ['某某县报告', body, '大', prose, '(二)发布时间安排', body].join('\n');
    expect(stripFurniture(text).text).toBe(text);
  });

  it('takes no publisher that is not a name (发文机构:gyz1)', () => {
    expect(stripFurniture(['某某镇报告', '• 发文机构:gyz1', '• 发布日期:2022-03-31', body].join('\n')).metadata).toEqual({ publishedOn: '2022-03-31' });
  });

  it('reads an info block set as a table above the report (发布机构 | 某某区司法局 |), and drops it', () => {
    const page = ['文 号 | 无 | 发文日期 | 2025-03-21 09:00 |', '---|---|---|---|', '发布机构 | 某某区司法局 | 有 效 性 | 有效 |',
      '标 题 | 某某区人民政府关于2024年度法治政府建设情况的报告 |', '某某区人民政府关于2024年度法治政府建设情况的报告', body].join('\n');
    const clean = stripFurniture(page);
    expect(clean.metadata).toEqual({ publishedOn: '2025-03-21', publisher: '某某区司法局' });
    expect(clean.text).toBe(`某某区人民政府关于2024年度法治政府建设情况的报告\n${body}`);
  });

  it('changes nothing the second time', () => {
    const once = stripFurniture(['当前位置: 首页 > 法治', '某某县报告', '来源: 某某县司法局', body, '版权所有 某某县'].join('\n')).text;
    expect(stripFurniture(once)).toEqual({ text: once, metadata: {}, dropped: [] });
  });
});
