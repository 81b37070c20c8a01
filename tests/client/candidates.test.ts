import { describe, expect, it } from 'vitest';
import { candidateSnippet, candidateText, candidateView } from '../../client/src/lib/candidates.js';

// Two readings with the same label, told apart only by their units and sentences.
const quote = '全年举办培训班12期，培训学员860人，累计参训2300人次。';
const at = (text: string) => ({ start: 100 + quote.indexOf(text), end: 100 + quote.indexOf(text) + text.length });
const fact = (text: string) => ({ kind: 'FIGURE', quote, quoteSpan: { start: 100, end: 100 + quote.length }, span: at(text), qualifier: null });

const people = { label: '培训学员数', value: 860, unit: '人', facts: [fact('860人')] };
const attendances = { label: '培训学员数', value: 2300, unit: '人次', facts: [fact('2300人次')] };

describe('the readings of an ambiguous question', () => {
  it('show the value with its unit and the words around it in the source', () => {
    const view = candidateView(people, 'zh');
    expect(view.figure).toBe('860人');
    expect(view.snippet).toEqual({ before: '…培训学员', figure: '860人', after: '' });
  });

  it('tell two readings of one label apart, in either language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const a = candidateText(candidateView(people, lang));
      const b = candidateText(candidateView(attendances, lang));
      expect(a).not.toBe(b);
    }
    expect(candidateView(attendances, 'en').figure).toBe('2,300 attendances');
    expect(candidateView(attendances, 'zh').snippet).toEqual({ before: '…累计参训', figure: '2300人次', after: '' });
  });

  it('cut a long sentence to a few words on either side of the figure', () => {
    const long = { ...people, facts: [{ ...fact('860人'), quote: `${'很长的前文'.repeat(10)}${quote}` }] };
    long.facts[0].quoteSpan = { start: 100 - 50, end: 100 + quote.length };
    const snippet = candidateSnippet(long.facts)!;
    expect(snippet.figure).toBe('860人');
    expect(snippet.before.startsWith('…')).toBe(true);
    expect(snippet.before.length).toBeLessThanOrEqual(11);
    const open = { ...people, facts: [{ ...fact('860人'), quote: `培训学员860人${'和其他很长的内容'.repeat(3)}` }] };
    open.facts[0].quoteSpan = { start: open.facts[0].span.start - 4, end: 0 };
    expect(candidateSnippet(open.facts)).toEqual({ before: '培训学员', figure: '860人', after: '和其他很长的内容和其…' });
  });

  it('quote the start of a source without a placed figure, and nothing without a source', () => {
    expect(candidateSnippet([{ kind: 'SECTION', quote: '一、加强组织领导' }])).toEqual({ before: '一、加强组织领导', figure: '', after: '' });
    expect(candidateView({ label: '报告', facts: [] }, 'zh')).toEqual({ label: '报告', figure: null, snippet: null });
  });
});
