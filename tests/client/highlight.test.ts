import { describe, expect, it } from 'vitest';
import { excerpt, groupByQuote, quoteParts, quoteSegments, segmentText } from '../../client/src/lib/highlight.js';
import { accepted, concluded, fact, mediationCommittees, RECONSIDERATION_QUOTE, received } from './fixtures.js';

describe('quoteParts', () => {
  it('finds the figure inside its quote at span − quoteSpan.start', () => {
    expect(quoteParts(concluded)).toEqual({
      before: '2024年,紫云自治县共收到行政复议案件申请39件,受理36件,审结',
      figure: '22件',
      after: ',其中调解成功5件,案件及时办结率100%。',
    });
  });

  it('counts UTF-16 code units, as the API does', () => {
    const quote = '𠀀共有12件。'; // 𠀀 is two code units: 12件 starts at 4
    expect(quoteParts({ quote, span: { start: 104, end: 107 }, quoteSpan: { start: 100, end: 100 + quote.length } })?.figure).toBe('12件');
  });

  it('is null when a span is missing or falls outside the quote', () => {
    expect(quoteParts({ quote: 'abc', span: null, quoteSpan: { start: 0, end: 3 } })).toBeNull();
    expect(quoteParts({ quote: 'abc', span: { start: 5, end: 9 }, quoteSpan: { start: 0, end: 3 } })).toBeNull();
    expect(quoteParts({ quote: 'abc', span: { start: 1, end: 2 }, quoteSpan: { start: 2, end: 5 } })).toBeNull();
  });
});

describe('excerpt', () => {
  it('keeps the whole clauses around the figure and marks the cuts', () => {
    expect(excerpt(quoteParts(concluded)!, 20)).toEqual({ before: '…受理36件,审结', figure: '22件', after: ',其中调解成功5件,…' });
  });

  it('leaves a short quote whole', () => {
    expect(excerpt({ before: '另有', figure: '3件', after: '。' })).toEqual({ before: '另有', figure: '3件', after: '。' });
  });
});

describe('quoteSegments and groupByQuote', () => {
  it('shows a sentence once with every figure of the answer marked', () => {
    const groups = groupByQuote([received, accepted, concluded]);
    expect(groups).toHaveLength(1);
    const segments = quoteSegments(groups[0].quote, groups[0].quoteSpan, groups[0].facts.map((f) => f.span!));
    expect(segments.map((s) => s.text).join('')).toBe(RECONSIDERATION_QUOTE);
    expect(segments.filter((s) => s.span).map((s) => s.text)).toEqual(['39件', '36件', '22件']);
  });

  it('keeps sentences of different places apart', () => {
    const other = fact({ label: 'x', value: 1, span: { start: 10, end: 12 }, quote: '另一句1件。', quoteSpan: { start: 8, end: 14 } });
    expect(groupByQuote([concluded, other, ...mediationCommittees]).map((g) => g.facts.length)).toEqual([1, 1, 6]);
  });
});

describe('segmentText', () => {
  const text = '一、总体情况\n全年收到39件,审结22件。';
  const figures = [
    { id: 'received', span: { start: 11, end: 14 } },
    { id: 'concluded', span: { start: 17, end: 20 } },
  ];

  it('cuts the text at figures and headings, keeping the whole text', () => {
    const segments = segmentText(text, { figures, headings: [{ id: 's1', span: { start: 0, end: 6 } }] });
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.figure).map((s) => [s.figure, s.text])).toEqual([
      ['received', '39件'],
      ['concluded', '22件'],
    ]);
    expect(segments[0]).toMatchObject({ text: '一、总体情况', heading: 's1', anchor: 's1' });
  });

  it('emphasises the target figure without splitting it', () => {
    const segments = segmentText(text, { figures, target: { start: 17, end: 20 } });
    expect(segments.filter((s) => s.target)).toEqual([{ start: 17, end: 20, text: '22件', figure: 'concluded', target: true }]);
  });

  it('never splits a figure at a boundary inside it, and drops spans outside the text or overlapping', () => {
    const segments = segmentText(text, {
      figures: [...figures, { id: 'overlap', span: { start: 12, end: 15 } }, { id: 'outside', span: { start: 90, end: 95 } }],
      target: { start: 12, end: 18 },
    });
    expect(segments.filter((s) => s.figure).map((s) => s.text)).toEqual(['39件', '22件']);
    expect(segments.filter((s) => s.target).map((s) => s.text)).toEqual(['39件', ',审结', '22件']);
  });
});
