/** Sentence spans and the quote (and rough label) each figure gets from them. */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/ingest/report.js';
import { sentenceSpans, spanAt } from '../../server/vocabulary/sentences.js';
import { contains } from '../../server/vocabulary/span.js';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));
const TITLE = '某某县2024年法治政府建设工作报告\n一、工作情况\n';

describe('sentenceSpans', () => {
  it('splits at 。 and keeps the full stop with its sentence', () => {
    expect(sentences('受理36件。审结22件。')).toEqual(['受理36件。', '审结22件。']);
  });

  it('splits at a line break and trims surrounding whitespace', () => {
    expect(sentences('  一、工作情况 \n  受理36件。  ')).toEqual(['一、工作情况', '受理36件。']);
  });

  it('keeps a closing quote after the full stop in the sentence (。”)', () => {
    expect(sentences('达到“纠错一件、规范一片。”效果明显。')).toEqual(['达到“纠错一件、规范一片。”', '效果明显。']);
  });

  it('keeps a trailing sentence without a full stop', () => {
    expect(sentences('受理36件。审结22件')).toEqual(['受理36件。', '审结22件']);
  });

  it('splits at a half-width ! and ?', () => {
    expect(sentences('收到10件!受理8件?审结6件。')).toEqual(['收到10件!', '受理8件?', '审结6件。']);
  });

  // Regression (fixed): TERMINATORS in sentences.ts lists '!' and '?' twice each: the full-width ！ (U+FF01) and
  // ？ (U+FF1F) meant to be there are missing, and sentenceSpans works on the unfolded text, so a
  // full-width exclamation mark does not end a sentence. Expected two sentences.
  it('splits at a full-width ！ and ？', () => {
    expect(sentences('收到10件！受理8件？审结6件。')).toEqual(['收到10件！', '受理8件？', '审结6件。']);
  });

  it('finds the span holding an offset with spanAt, and none in the gap between sentences', () => {
    const text = '受理36件。 审结22件。';
    const spans = sentenceSpans(text);
    expect(spanAt(spans, 8)).toEqual({ start: 7, end: 13 });
    expect(spanAt(spans, 6)).toBeUndefined();
    expect(spanAt(spans, 0)).toEqual({ start: 0, end: 6 });
  });
});

describe('quotes of figures in a made-up report', () => {
  it('quotes the whole sentence of each figure', () => {
    const report = parseReport(`${TITLE}共收到申请10件,受理8件。审结6件。`);
    expect(report.figures.map((f) => f.quote)).toEqual(['共收到申请10件,受理8件。', '共收到申请10件,受理8件。', '审结6件。']);
  });

  // Regression (fixed): extractFigures lets whitespace, including a line break, separate a number from its unit
  // (537\n件 is one figure, as intended for text broken across lines), but sentenceSpans ends a
  // sentence at every \n, so the quote of that figure is 共办理案件537 and does not contain the
  // figure 537\n件, nor its span. Expected the quote to contain the whole figure.
  it('quotes a figure split by a line break with a quote that contains the whole figure', () => {
    const report = parseReport(`${TITLE}共办理案件537\n件,办结500件。`);
    const f = report.figures[0];
    expect(f.text).toBe('537\n件');
    expect(contains(f.quoteSpan, f.span)).toBe(true);
    expect(f.quote).toContain(f.text);
  });

  it('labels an uncatalogued figure by the clause before it, after a half-width comma', () => {
    const report = parseReport(`${TITLE}共收到申请10件,受理8件。`);
    expect(report.figures.map((f) => f.labelZh)).toEqual(['收到申请(件)', '受理(件)']);
  });

  // Regression (fixed): clauseBefore in report.ts stops at /[,,、;;::。]/ — the full-width ，；： that were meant
  // to be in that class are missing (each half-width one is listed twice) and the text is not
  // folded, so after a full-width comma the label runs back to the start of the sentence.
  // For 共收到申请10件，受理8件。 the second figure is labelled 共收到申请10件，受理(件);
  // expected 受理(件), as with a half-width comma.
  it('labels an uncatalogued figure by the clause before it, after a full-width comma', () => {
    const report = parseReport(`${TITLE}共收到申请10件，受理8件。`);
    expect(report.figures.map((f) => f.labelZh)).toEqual(['收到申请(件)', '受理(件)']);
  });
});
