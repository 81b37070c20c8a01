/** ask's scope argument: a question read within one report. */
import { describe, expect, it } from 'vitest';
import { hubWithMoreReports } from '../support/more-reports.js';

const running = hubWithMoreReports();

const ASK = `query($q: String!, $scope: AskScopeInput) { ask(question: $q, scope: $scope) { status value notes facts { reportId } } }`;

describe('ask(scope)', () => {
  it('reads a question within the report it names', async () => {
    const jinping = await running.hub.gql(ASK, { q: '行政复议审结了多少件?', scope: { reportId: 'jinping-2024' } });
    expect(jinping.body.data.ask).toMatchObject({ status: 'ANSWERED', value: 40 });
    expect(jinping.body.data.ask.facts.map((f: { reportId: string }) => f.reportId)).toEqual(['jinping-2024']);
    expect(jinping.body.data.ask.notes).toContain('只在金平自治县2024年的报告中查找。');
    const ziyun = await running.hub.gql(ASK, { q: 'How many reconsideration cases were concluded?', scope: { reportId: 'ziyun-2024' } });
    expect(ziyun.body.data.ask).toMatchObject({ status: 'ANSWERED', value: 22 });
    expect(ziyun.body.data.ask.notes).toContain('Looked only in the Ziyun 2024 report.');
  });

  it('never answers from another report than the scope', async () => {
    const { body } = await running.hub.gql(ASK, { q: '金平县行政复议审结了多少件?', scope: { reportId: 'ziyun-2024' } });
    for (const f of body.data.ask.facts) expect(f.reportId).toBe('ziyun-2024');
    expect(body.data.ask.value).not.toBe(40);
  });

  it('refuses a report the hub does not hold, with BAD_USER_INPUT', async () => {
    const { body } = await running.hub.gql(ASK, { q: '行政复议审结了多少件?', scope: { reportId: 'nowhere-1999' } });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/no report "nowhere-1999"/);
  });

  it('without a scope, reads the question across the reports as before', async () => {
    const { body } = await running.hub.gql(ASK, { q: '紫云行政复议审结了多少件?', scope: null });
    expect(body.data.ask).toMatchObject({ status: 'ANSWERED', value: 22 });
    expect(body.data.ask.notes.join(' ')).not.toMatch(/只在/);
  });
});
