/**
 * Summary answers over GraphQL (Answer.summary): what a whole report says, with every figure's
 * source, on a hub of the bundled report and five more; CLARIFY among reports when none is named,
 * scope.reportId choosing one; a report without problems or next steps says so.
 */
import { describe, expect, it } from 'vitest';
import { hubWithMoreReports } from '../support/more-reports.js';

const held = hubWithMoreReports();

const SECTION = 'sectionId path marker heading span { start end } headingSpan { start end } quote';
const ASK = `query($q: String!, $scope: AskScopeInput) { ask(question: $q, scope: $scope) {
  status text value reason query interpretation
  candidates { label query }
  summary {
    reportId title titleSpan { start end } region place year excerpt missing
    outline { ${SECTION} }
    figures { kind label value unit quote span { start end } quoteSpan { start end } metricId sectionId sectionHeading reportTitle reportId }
    problems { ${SECTION} } nextSteps { ${SECTION} }
  }
} }`;
async function ask(q: string, reportId?: string) {
  const { body } = await held.hub.gql(ASK, { q, scope: reportId ? { reportId } : undefined });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.ask;
}
async function textOf(reportId: string): Promise<string> {
  const { body } = await held.hub.gql('query($id: ID!) { report(id: $id) { text } }', { id: reportId });
  return body.data.report.text;
}

describe('Answer.summary', () => {
  it('answers 金平县2024年法治政府建设报告说了什么 with the report, its outline, headline figures, problems and next steps', async () => {
    const answer = await ask('金平县2024年法治政府建设报告说了什么');
    expect(answer.status).toBe('ANSWERED');
    expect(answer.query).toEqual({ op: 'summary', scope: { reportId: 'jinping-2024' } });
    const s = answer.summary;
    expect(s).toMatchObject({ reportId: 'jinping-2024', title: '金平县2024年法治政府建设工作报告', year: 2024, missing: [] });
    expect(s.outline.map((x: { heading: string }) => x.heading)).toEqual(['2024年法治政府建设工作开展情况', '存在的问题', '下一步工作打算']);
    expect(s.problems.map((x: { heading: string }) => x.heading)).toEqual(['部分干部法治意识仍需增强', '基层法治力量相对薄弱']);
    expect(s.nextSteps.length).toBe(2);
    const text = await textOf('jinping-2024');
    expect(s.figures.length).toBeGreaterThanOrEqual(4);
    for (const f of s.figures) {
      // Every figure with its source: report, section, span, quote, all from the stored text.
      expect(f).toMatchObject({ kind: 'FIGURE', reportId: 'jinping-2024', reportTitle: s.title });
      expect(f.sectionHeading).toBeTruthy();
      expect(text.slice(f.quoteSpan.start, f.quoteSpan.end)).toBe(f.quote);
      expect(f.span.start).toBeGreaterThanOrEqual(f.quoteSpan.start);
      expect(f.span.end).toBeLessThanOrEqual(f.quoteSpan.end);
    }
    expect(s.figures[0]).toMatchObject({ value: 52, unit: '件' });
    for (const x of [...s.outline, ...s.problems, ...s.nextSteps]) expect(text.slice(x.headingSpan.start, x.headingSpan.end)).toBe(x.heading);
  });

  it('answers What does the Jinping report say? in English', async () => {
    const answer = await ask('What does the Jinping report say?');
    expect(answer.summary).toMatchObject({ reportId: 'jinping-2024', place: 'Jinping' });
    expect(answer.text).toMatch(/^Jinping 2024: “金平县2024年法治政府建设工作报告” \(title in Chinese\)\./);
    expect(answer.text).toContain('Headline figures: Administrative reconsideration applications received: 52 cases');
    for (const f of answer.summary.figures) expect(f.label).not.toMatch(/[\u3400-\u9fff]/);
  });

  it('asks which report without a place, and answers within scope.reportId', async () => {
    const answer = await ask('这份报告说了什么');
    expect(answer.status).toBe('CLARIFY');
    expect(answer.summary).toBeNull();
    expect(answer.candidates.length).toBe(6);
    expect(answer.candidates.map((c: { query: { op: string } }) => c.query.op)).toEqual(Array(6).fill('summary'));
    const scoped = await ask('这份报告说了什么', 'ziyun-2024');
    expect(scoped.status).toBe('ANSWERED');
    expect(scoped.summary.reportId).toBe('ziyun-2024');
    expect(scoped.summary.figures[0]).toMatchObject({ value: 39 });
  });

  it('says what a report lacks (郎溪 has no 存在的问题 or 下一步 part) and keeps topic overviews', async () => {
    const answer = await ask('Summarize the Langxi report');
    expect(answer.summary.missing).toEqual(['PROBLEMS', 'NEXT_STEPS']);
    expect(answer.text).toContain('The report has no part on problems.');
    expect(answer.text).toContain('The report has no part on next steps.');
    expect((await ask('紫云行政复议的总体情况怎么样')).query).toMatchObject({ op: 'overview' });
    expect((await ask('紫云行政复议的总体情况怎么样')).summary).toBeNull();
  });
});
