/**
 * Any report in: the ingest command and the ingestReport mutation on made-up reports of other
 * counties (tests/fixtures, clearly marked as made up), questions across reports, re-ingest, and a
 * failed ingest that leaves the database as it was. SQLite and PostgreSQL.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap, type Hub } from '../../server/http/app.js';
import { ingestCli } from '../support/cli.js';
import { createDatabase, databaseKinds, type TestDatabase } from '../support/databases.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TOKEN = 'ingest-test-admin-token';
const kinds = await databaseKinds();

describe.each(kinds)('ingesting other reports on %s', (kind) => {
  let db: TestDatabase;
  let hub: Hub;

  /** `token: null` sends no Authorization header. */
  async function gql(query: string, variables?: object, token: string | null = TOKEN) {
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  }
  const ask = async (q: string) => (await gql('query($q: String!) { ask(question: $q) { status value text reason facts { value reportId quote } candidates { label value } } }', { q })).data.ask;
  const counts = async () => (await gql('{ reports { id figureCount } metrics { totalCount } }')).data;
  const ingestMutation = `mutation($input: IngestReportInput!) { ingestReport(input: $input) {
    reportId replaced title region year sections figures labelledByCatalog labelledAutomatically documents checksFailed warnings } }`;

  beforeAll(async () => {
    db = await createDatabase(kind);
    // The CLI writes first, into the database the hub then serves (same DATABASE_URL).
    const cli = await ingestCli(db.url, [`${FIXTURES}jinping-2024.txt`, '--catalog', `${FIXTURES}jinping-2024.catalog.json`]);
    expect(cli.output).toContain('added jinping-2024');
    expect(cli.code).toBe(0);
    hub = await bootstrap({ port: 0, host: '127.0.0.1', databaseUrl: db.url, logLevel: 'silent', adminToken: TOKEN });
    await hub.ready;
  }, 120_000);
  afterAll(async () => {
    await hub?.close();
    await db?.drop();
  });

  it('serves a report added with the command next to the seeded one, with its metadata read from the text', async () => {
    const { data } = await gql('{ reports { id region year title publisher publishedOn } }');
    expect(data.reports).toEqual([
      { id: 'ziyun-2024', region: '紫云苗族布依族自治县', year: 2024, title: expect.any(String), publisher: expect.any(String), publishedOn: '2025-03-28' },
      { id: 'jinping-2024', region: '金平苗族瑶族傣族自治县', year: 2024, title: '金平县2024年法治政府建设工作报告', publisher: '金平苗族瑶族傣族自治县司法局', publishedOn: '2025-02-20' },
    ].sort((a, b) => a.region.localeCompare(b.region)));
  });

  it('reads real-world number formats: spaces, 万, full-width percent', async () => {
    const { data } = await gql('{ metrics(filter: { region: "金平", unit: "人次" }, first: 50) { nodes { value text qualifier } } }');
    expect(data.metrics.nodes).toEqual(expect.arrayContaining([
      { value: 13000, text: '1.3 万人次', qualifier: 'EXACT' },
      { value: 240, text: '240余人次', qualifier: 'MORE_THAN' },
    ]));
  });

  it('labels figures the catalog leaves out, and uses the catalog where it has one', async () => {
    const { data } = await gql('{ metrics(filter: { reportId: "jinping-2024" }, first: 100) { nodes { key labelledBy labelConfidence value topic { id } measure { id } } } }');
    const byValue = (v: number) => data.metrics.nodes.find((m: { value: number }) => m.value === v);
    expect(byValue(537)).toMatchObject({ labelledBy: 'CATALOG', labelConfidence: 1, topic: { id: 'legal-aid' } });
    expect(byValue(31)).toMatchObject({ labelledBy: 'AUTO', topic: { id: 'administrative-litigation' }, measure: { id: 'received' } });
    expect(byValue(31).labelConfidence).toBeGreaterThan(0.5);
  });

  it('refuses ingestReport without the admin token', async () => {
    const text = readFileSync(`${FIXTURES}wangmo-2023.txt`, 'utf8');
    const body = await gql(ingestMutation, { input: { text } }, null);
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql('{ reports { id } }')).data.reports).toHaveLength(2);
  });

  it('adds a report through ingestReport and answers questions about it at once', async () => {
    const text = readFileSync(`${FIXTURES}wangmo-2023.txt`, 'utf8');
    const { data } = await gql(ingestMutation, { input: { text } });
    expect(data.ingestReport).toMatchObject({ reportId: 'wangmo-2023', replaced: false, region: '望谟县', year: 2023, labelledByCatalog: 0 });
    expect(data.ingestReport.figures).toBeGreaterThan(10);
    const answer = await ask('望谟县2023年行政复议收到多少件?');
    expect(answer).toMatchObject({ status: 'ANSWERED', value: 39 });
    expect(answer.facts[0].reportId).toBe('wangmo-2023');
  });

  it('replaces a report ingested again, without duplicating anything', async () => {
    const before = await counts();
    const text = readFileSync(`${FIXTURES}wangmo-2023.txt`, 'utf8');
    const { data } = await gql(ingestMutation, { input: { text } });
    expect(data.ingestReport.replaced).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('leaves the database as it was when an ingest fails, and says why', async () => {
    const before = await counts();
    const text = readFileSync(`${FIXTURES}broken-halfway.txt`, 'utf8');
    const catalog = readFileSync(`${FIXTURES}broken-halfway.catalog.json`, 'utf8');
    const body = await gql(ingestMutation, { input: { text, catalog } });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/occurs more than once/);
    expect(await counts()).toEqual(before);
  });

  it('answers for the report a question names, and never with another county’s figure', async () => {
    expect(await ask('金平县法律援助中心受理了多少件法律援助案件')).toMatchObject({ status: 'ANSWERED', value: 537 });
    expect(await ask('紫云县法律援助中心受理了多少件法律援助案件')).toMatchObject({ status: 'ANSWERED', value: 317 });
    expect(await ask('How many legal aid cases did Jinping accept?')).toMatchObject({ status: 'ANSWERED', value: 537 });
    // 金平's report states no notarization figure: Ziyun's 101 must not stand in for it.
    const missing = await ask('金平县公证处办理公证多少件');
    expect(missing.status).toBe('UNANSWERABLE');
    expect(missing.value).toBeNull();
  });

  it('compares a figure across counties', async () => {
    const answer = await ask('紫云和金平哪个县受理的法律援助案件多?');
    expect(answer.status).toBe('ANSWERED');
    expect(answer.facts.map((f: { value: number }) => f.value).sort((a: number, b: number) => a - b)).toEqual([317, 537]);
    expect(answer.text).toContain('金平');
  });

  it('asks which report is meant when several hold the figure and the question names none', async () => {
    const answer = await ask('行政复议收到多少件申请?');
    expect(answer.status).toBe('CLARIFY');
    expect(answer.candidates.map((c: { value: number }) => c.value)).toEqual(expect.arrayContaining([39, 52]));
    expect(answer.candidates.some((c: { label: string }) => c.label.includes('金平'))).toBe(true);
  });

  it('filters metrics, sections and documents by region and year', async () => {
    const { data } = await gql(`{
      jinping: metrics(filter: { region: "金平县", year: 2024 }) { totalCount }
      wangmo: metrics(filter: { region: "望谟", year: 2023 }) { totalCount }
      none: metrics(filter: { region: "望谟", year: 2024 }) { totalCount }
      problems: sections(region: "金平", role: PROBLEM, kind: ITEM) { heading }
      docs: documents(region: "金平") { title } }`);
    expect(data.jinping.totalCount).toBe(17);
    expect(data.wangmo.totalCount).toBeGreaterThan(10);
    expect(data.none.totalCount).toBe(0);
    expect(data.problems).toHaveLength(2);
    expect(data.docs.map((d: { title: string }) => d.title)).toEqual(['重大行政决策程序暂行条例']);
  });
});

describe('the ingest command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-cli-'));
  const url = `sqlite:${join(dir, 'cli.sqlite')}`;

  it('names the flag to pass when the text does not say the region or year', async () => {
    const file = join(dir, 'anonymous.txt');
    writeFileSync(file, '法治政府建设工作报告\n一、工作情况\n全年受理行政复议案件12件。\n');
    const { code, output } = await ingestCli(url, [file]);
    expect(code).toBe(1);
    expect(output).toContain('--year');
    expect(output).toContain('--region');
    const retry = await ingestCli(url, [file, '--region', '望谟县', '--year', '2022']);
    expect(retry.code).toBe(0);
    expect(retry.output).toMatch(/added wangmo-2022/);
  }, 60_000);

  it('reads a GBK file, and says so', async () => {
    const file = join(dir, 'gbk.txt');
    writeFileSync(file, iconv.encode(readFileSync(`${FIXTURES}wangmo-2023.txt`, 'utf8'), 'gbk'));
    const { code, output } = await ingestCli(url, [file]);
    expect(output).toMatch(/gbk\.txt: read as GB18030/);
    expect(output).toMatch(/added wangmo-2023/);
    expect(code).toBe(0);
  }, 60_000);

  it('rejects a file that is neither UTF-8 nor GBK with one clear line', async () => {
    const file = join(dir, 'binary.txt');
    writeFileSync(file, Buffer.from([0x81, 0x30, 0xff, 0xff, 0x00, 0x80]));
    const { code, output } = await ingestCli(url, [file]);
    expect(code).toBe(1);
    expect(output).toMatch(/cannot ingest \S+binary\.txt; nothing was changed for it: \S+binary\.txt is neither UTF-8 nor GBK\/GB18030 text/);
  }, 60_000);

  it('prints progress and a summary', async () => {
    const { code, output } = await ingestCli(url, [`${FIXTURES}wangmo-2023.txt`]);
    expect(code).toBe(0);
    expect(output).toMatch(/found \d+ sections, \d+ figures/);
    expect(output).toMatch(/checks: \d+ passed, \d+ failed/);
  }, 60_000);
});

describe('a county the region list does not know', () => {
  let db: TestDatabase;
  let hub: Hub;
  // A made-up county and report, for this test only.
  const TEXT = '青山县2024年法治政府建设工作报告\n日期:2025-01-10\n来源:青山县司法局\n一、工作情况\n全年共收到行政复议申请17件,受理15件,审结12件。县法律援助中心受理法律援助案件88件。\n';

  beforeAll(async () => {
    db = await createDatabase('sqlite');
    hub = await bootstrap({ port: 0, host: '127.0.0.1', databaseUrl: db.url, logLevel: 'silent', adminToken: TOKEN });
    await hub.ready;
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: 'mutation($text: String!) { ingestReport(input: { text: $text }) { reportId region } }', variables: { text: TEXT } }),
    });
    expect((await response.json()).data.ingestReport).toEqual({ reportId: 'qingshan-2024', region: '青山县' });
  });
  afterAll(async () => {
    await hub?.close();
    await db?.drop();
  });

  async function ask(q: string) {
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($q: String!) { ask(question: $q) { status value } }', variables: { q } }),
    });
    return (await response.json()).data.ask;
  }

  it('is known by its name, its short form and its pinyin', async () => {
    expect(await ask('青山县行政复议收到多少件?')).toEqual({ status: 'ANSWERED', value: 17 });
    expect(await ask('青山的法律援助案件有多少件')).toEqual({ status: 'ANSWERED', value: 88 });
    expect(await ask('How many reconsideration cases were concluded in Qingshan?')).toEqual({ status: 'ANSWERED', value: 12 });
  });

  it('filters by its short form', async () => {
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ metrics(filter: { region: "青山" }) { totalCount } }' }),
    });
    expect((await response.json()).data.metrics.totalCount).toBe(4);
  });
});
