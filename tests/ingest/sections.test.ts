import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../server/ingest/metadata.js';
import { parseSections, roleOf, sectionAt, type ParsedSection } from '../../server/ingest/sections.js';
import { contains } from '../../server/vocabulary/span.js';
import { seedReport, seedStoredText } from './helpers.js';

function seedSections(): ParsedSection[] {
  const text = seedStoredText();
  return parseSections(text, readMetadata(text).bodyStart);
}

function byPath(sections: ParsedSection[], path: string): ParsedSection {
  const found = sections.find((s) => s.path === path);
  expect(found, `section ${path}`).toBeDefined();
  return found!;
}

const children = (sections: ParsedSection[], parent: string | null) => sections.filter((s) => s.parentPath === parent);

describe('the seed report tree', () => {
  it('has 3 parts with roles WORK, PROBLEM, RECOMMENDATION', () => {
    expect(children(seedSections(), null).map((s) => [s.path, s.kind, s.marker, s.heading, s.role])).toEqual([
      ['1', 'PART', '一、', '工作开展情况及成效', 'WORK'],
      ['2', 'PART', '二、', '存在的问题', 'PROBLEM'],
      ['3', 'PART', '三、', '下一步工作建议', 'RECOMMENDATION'],
    ]);
  });

  it('has 6 sections (一)…(六) under part 1 with their headings', () => {
    expect(children(seedSections(), '1').map((s) => [s.path, s.kind, s.marker, s.ordinal, s.heading])).toEqual([
      ['1.1', 'SECTION', '(一)', 1, '强化政治引领,持续推动法治政府建设'],
      ['1.2', 'SECTION', '(二)', 2, '提升政府服务效能,营造优质紫云营商环境'],
      ['1.3', 'SECTION', '(三)', 3, '坚持依法行政,紧紧抓住关键内容'],
      ['1.4', 'SECTION', '(四)', 4, '夯实法治根基,全力维护社会安全稳定'],
      ['1.5', 'SECTION', '(五)', 5, '深化平安建设,织牢基层平安“防护网”'],
      ['1.6', 'SECTION', '(六)', 6, '加强法治队伍建设,不断培育壮大人才基础'],
    ]);
  });

  it('gives section 1.3 the heading 坚持依法行政,紧紧抓住关键内容', () => {
    expect(byPath(seedSections(), '1.3').heading).toBe('坚持依法行政,紧紧抓住关键内容');
  });

  it('has items 一是…四是 under section 1.1', () => {
    expect(children(seedSections(), '1.1').map((s) => [s.path, s.kind, s.marker, s.ordinal, s.heading])).toEqual([
      ['1.1.1', 'ITEM', '一是', 1, '深学细悟笃行习近平法治思想'],
      ['1.1.2', 'ITEM', '二是', 2, '夯实政治理论根基'],
      ['1.1.3', 'ITEM', '三是', 3, '全面提升法治意识'],
      ['1.1.4', 'ITEM', '四是', 4, '持续压实法治建设责任'],
    ]);
  });

  it('has 2 PROBLEM items directly under part 2', () => {
    expect(children(seedSections(), '2').map((s) => [s.path, s.kind, s.role, s.heading])).toEqual([
      ['2.1', 'ITEM', 'PROBLEM', '干部法治素养仍有待提高'],
      ['2.2', 'ITEM', 'PROBLEM', '执法装备与业务工作不相匹配'],
    ]);
  });

  it('has 3 RECOMMENDATION sections under part 3', () => {
    expect(children(seedSections(), '3').map((s) => [s.path, s.kind, s.role, s.heading])).toEqual([
      ['3.1', 'SECTION', 'RECOMMENDATION', '持续提升行政执法能力水平'],
      ['3.2', 'SECTION', 'RECOMMENDATION', '持续推动行政争议化解作用'],
      ['3.3', 'SECTION', 'RECOMMENDATION', '持续强化动真碰硬责任落实'],
    ]);
  });

  it('has 31 nodes in all: 3 parts, 9 sections, 19 items (4+2+4+3+2+2 in part 1, 2 in part 2)', () => {
    const kinds = seedSections().map((s) => s.kind);
    expect([kinds.length, kinds.filter((k) => k === 'PART').length, kinds.filter((k) => k === 'SECTION').length, kinds.filter((k) => k === 'ITEM').length])
      .toEqual([31, 3, 9, 19]);
  });

  it('gives every node the role of its part', () => {
    const sections = seedSections();
    const wrong = sections.filter((s) => s.role !== byPath(sections, s.path.split('.')[0]).role).map((s) => s.path);
    expect(wrong).toEqual([]);
  });

  it('slices every headingSpan back to its heading', () => {
    const text = seedStoredText();
    const wrong = seedSections().filter((s) => text.slice(s.headingSpan.start, s.headingSpan.end) !== s.heading).map((s) => s.path);
    expect(wrong).toEqual([]);
  });

  it('starts every span with its marker followed by its heading', () => {
    const text = seedStoredText();
    const wrong = seedSections().filter((s) => !text.slice(s.span.start).startsWith(s.marker + s.heading)).map((s) => s.path);
    expect(wrong).toEqual([]);
  });

  it('puts every headingSpan inside its own span', () => {
    const wrong = seedSections().filter((s) => !contains(s.span, s.headingSpan)).map((s) => s.path);
    expect(wrong).toEqual([]);
  });

  it('puts every child span inside its parent span', () => {
    const sections = seedSections();
    const wrong = sections.filter((s) => s.parentPath !== null && !contains(byPath(sections, s.parentPath).span, s.span)).map((s) => s.path);
    expect(wrong).toEqual([]);
  });

  it('keeps sibling spans in order and without overlap', () => {
    const sections = seedSections();
    const overlaps: string[] = [];
    for (const parent of [null, ...sections.map((s) => s.path)]) {
      const kids = children(sections, parent);
      for (let i = 1; i < kids.length; i++) if (kids[i - 1].span.end > kids[i].span.start) overlaps.push(`${kids[i - 1].path}/${kids[i].path}`);
    }
    expect(overlaps).toEqual([]);
  });

  it('ends the last part at the end of the text', () => {
    const text = seedStoredText();
    expect(byPath(seedSections(), '3').span.end).toBe(text.trimEnd().length);
  });

  it('finds the deepest section at an offset: 39件 lies in 1.3.3', () => {
    const text = seedStoredText();
    expect(sectionAt(seedSections(), text.indexOf('申请39件') + 2)?.path).toBe('1.3.3');
  });

  it('finds no section in the title block', () => {
    expect(sectionAt(seedSections(), 5)).toBeUndefined();
  });

  it('is the tree parseReport returns for the seed', () => {
    expect(seedReport().sections).toEqual(seedSections());
  });
});

describe('roleOf', () => {
  it('reads 存在的问题 as PROBLEM', () => {
    expect(roleOf('存在的问题')).toBe('PROBLEM');
  });

  it('reads 下一步工作打算 as RECOMMENDATION', () => {
    expect(roleOf('下一步工作打算')).toBe('RECOMMENDATION');
  });

  it('reads 主要工作及成效 as WORK', () => {
    expect(roleOf('主要工作及成效')).toBe('WORK');
  });
});

describe('a made-up text with numbered items and full-width parentheses', () => {
  // Made up for this test: full-width （一） sections, `1.` items in one section and `(1)` items in
  // another, inline 一是/二是 under a PROBLEM part, and a `1. ` item under a RECOMMENDATION part.
  const text = [
    '某某县2024年法治政府建设工作报告',
    '一、主要工作',
    '（一）推进依法行政',
    '1.加强学习。共学习10次。',
    '2.严格执法。抽查案卷20件。',
    '（二）化解矛盾纠纷',
    '(1)调解纠纷30件。',
    '(2)办理复议5件。',
    '二、存在的不足',
    '一是学习不够。二是培训偏少。',
    '三、下一步打算',
    '1. 加强培训',
  ].join('\n');
  const sections = () => parseSections(text, readMetadata(text).bodyStart);

  it('builds the tree of parts, sections and items with paths, kinds, roles and ordinals', () => {
    expect(sections().map((s) => [s.path, s.kind, s.role, s.ordinal, s.heading, s.parentPath])).toEqual([
      ['1', 'PART', 'WORK', 1, '主要工作', null],
      ['1.1', 'SECTION', 'WORK', 1, '推进依法行政', '1'],
      ['1.1.1', 'ITEM', 'WORK', 1, '加强学习', '1.1'],
      ['1.1.2', 'ITEM', 'WORK', 2, '严格执法', '1.1'],
      ['1.2', 'SECTION', 'WORK', 2, '化解矛盾纠纷', '1'],
      ['1.2.1', 'ITEM', 'WORK', 1, '调解纠纷30件', '1.2'],
      ['1.2.2', 'ITEM', 'WORK', 2, '办理复议5件', '1.2'],
      ['2', 'PART', 'PROBLEM', 2, '存在的不足', null],
      ['2.1', 'ITEM', 'PROBLEM', 1, '学习不够', '2'],
      ['2.2', 'ITEM', 'PROBLEM', 2, '培训偏少', '2'],
      ['3', 'PART', 'RECOMMENDATION', 3, '下一步打算', null],
      ['3.1', 'ITEM', 'RECOMMENDATION', 1, '加强培训', '3'],
    ]);
  });

  it('records the markers 1. and (1) of numbered items', () => {
    expect(sections().filter((s) => s.kind === 'ITEM').map((s) => s.marker)).toEqual(['1.', '2.', '(1)', '(2)', '一是', '二是', '1.']);
  });

  it('gives a （一） section a span covering its lines exactly, full-width brackets included', () => {
    const s = sections().find((x) => x.path === '1.1')!;
    expect(text.slice(s.span.start, s.span.end)).toBe('（一）推进依法行政\n1.加强学习。共学习10次。\n2.严格执法。抽查案卷20件。');
  });

  it('gives an inline 二是 item a span from its marker to the end of its sentence', () => {
    const s = sections().find((x) => x.path === '2.2')!;
    expect(text.slice(s.span.start, s.span.end)).toBe('二是培训偏少。');
  });

  it('slices every headingSpan back to its heading', () => {
    const wrong = sections().filter((s) => text.slice(s.headingSpan.start, s.headingSpan.end) !== s.heading).map((s) => s.path);
    expect(wrong).toEqual([]);
  });

  it('puts every child span inside its parent span', () => {
    const all = sections();
    const wrong = all.filter((s) => s.parentPath !== null && !contains(all.find((p) => p.path === s.parentPath)!.span, s.span)).map((s) => s.path);
    expect(wrong).toEqual([]);
  });

  it('does not take 2024年 or 1.5万 at the start of a line for a numbered item', () => {
    // Made up: two body lines that start with digits but are not `1.` items.
    const t = '某某县2024年法治政府建设工作报告\n一、主要工作\n2024年共办理10件。\n1.5万人参加培训。';
    const s = parseSections(t, readMetadata(t).bodyStart);
    expect(s.map((x) => x.path)).toEqual(['1']);
  });

  // Regression (fixed): ParsedSection.marker is documented as "the marker as written", but it is taken from the
  // width-folded line, so a full-width （一） is recorded as the half-width (一). Expected the
  // marker to be text.slice(span.start, span.start + marker.length), i.e. （一）.
  it('records the marker of a （一） section as written, with full-width brackets', () => {
    const s = sections().find((x) => x.path === '1.1')!;
    expect(s.marker).toBe('（一）');
  });
});

describe('markers inside a run-on paragraph', () => {
  // Made up for these tests, in the shape of reports whose parts run on in one paragraph.
  const outline = (text: string) => parseSections(text, readMetadata(text).bodyStart).map((s) => `${s.path} ${s.kind} ${s.marker}${s.heading}`);

  it('finds parts, sections, 一是 items and 1. items all in one paragraph', () => {
    const text = '某某市2024年法治政府建设情况报告\n'
      + '一、2024年度法治政府建设情况 (一)发挥“关键少数”引领作用。一是强化学习。共学习12次。二是压实责任。(二)深化依法行政。一是规范执法。检查30次。'
      + '二、存在的问题。一是队伍薄弱。三、下一步工作安排。1.加强培训;2.强化监督。';
    expect(outline(text)).toEqual([
      '1 PART 一、2024年度法治政府建设情况',
      '1.1 SECTION (一)发挥“关键少数”引领作用',
      '1.1.1 ITEM 一是强化学习',
      '1.1.2 ITEM 二是压实责任',
      '1.2 SECTION (二)深化依法行政',
      '1.2.1 ITEM 一是规范执法',
      '2 PART 二、存在的问题',
      '2.1 ITEM 一是队伍薄弱',
      '3 PART 三、下一步工作安排',
      '3.1 ITEM 1.加强培训',
      '3.2 ITEM 2.强化监督',
    ]);
  });

  it('finds 一是 items on the line of their part: 一、健全制度保障。一是…二是…', () => {
    const text = '某某市2023年报告\n一、健全法治政府建设制度保障。一是切实加强党的全面领导。学习15次。二是持续夯实职责。\n二、存在的不足。一是学习不够。';
    expect(outline(text)).toEqual([
      '1 PART 一、健全法治政府建设制度保障', '1.1 ITEM 一是切实加强党的全面领导', '1.2 ITEM 二是持续夯实职责',
      '2 PART 二、存在的不足', '2.1 ITEM 一是学习不够',
    ]);
  });

  it('reads full-width （二） inside a paragraph and ends each span where the next marker starts', () => {
    const text = '某某县2024年报告\n一、主要工作（一）推进依法行政。办理10件。（二）化解纠纷。调解20件。';
    const sections = parseSections(text, readMetadata(text).bodyStart);
    expect(sections.map((s) => [s.marker, s.heading, text.slice(s.span.start, s.span.end)])).toEqual([
      ['一、', '主要工作', '一、主要工作（一）推进依法行政。办理10件。（二）化解纠纷。调解20件。'],
      ['（一）', '推进依法行政', '（一）推进依法行政。办理10件。'],
      ['（二）', '化解纠纷', '（二）化解纠纷。调解20件。'],
    ]);
  });
});

describe('what is not a marker inside a paragraph', () => {
  const outline = (body: string) => {
    const text = `某某县2024年报告\n一、主要工作\n${body}`;
    return parseSections(text, readMetadata(text).bodyStart).map((s) => `${s.kind} ${s.marker}${s.heading}`);
  };
  const partOnly = ['PART 一、主要工作'];

  it('a decimal: 共办理1.5万件。2.3万人次参加。', () => {
    expect(outline('共办理1.5万件。2.3万人次参加。')).toEqual(partOnly);
  });

  it('an enumeration inside a sentence: 获得一、二、三等奖各1名。二、三季度开展检查。', () => {
    expect(outline('获得一、二、三等奖各1名。二、三季度开展检查。')).toEqual(partOnly);
  });

  it('a reference after a word: 按照第(一)项规定，详见附件(二)。', () => {
    expect(outline('按照第（一）项规定，详见附件(二)。')).toEqual(partOnly);
  });

  it('a part number out of sequence: 。四、五月开展专项行动。', () => {
    expect(outline('全年推进。四、五月开展专项行动。')).toEqual(partOnly);
  });

  it('a section that does not follow its predecessor: 。(三)… with no (一) before it', () => {
    expect(outline('全年推进。(三)加强监督。')).toEqual(partOnly);
  });

  it('一是 inside a word or out of sequence: 统一是关键。二是…', () => {
    expect(outline('标准统一是关键。二是加强培训。')).toEqual(partOnly);
  });

  it('1. after a word, and a date 2024.3: 条款1.适用于…，2024.3.1起施行。', () => {
    expect(outline('依照条款1.适用于本县，2024.3.1起施行。')).toEqual(partOnly);
  });
});
