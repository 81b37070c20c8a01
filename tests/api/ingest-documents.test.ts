/**
 * Real documents in, through both doors: `npm run ingest` with several files and a folder of saved
 * pages, Word files, PDFs and GBK text (progress, a summary per file, a bad file reported in one
 * line and changing nothing), and the `ingestReport` mutation with a file as base64. The files are
 * made from the excerpts of tests/fixtures/reports-dev (tests/documents/made-documents.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap, type Hub } from '../../server/http/app.js';
import { parseReport } from '../../server/ingest/report.js';
import { launchBrowser } from '../e2e/support.js';
import {
  corruptWordDocument, devReports, gbkText, printedPdf, savedPage, scannedPdf, withTitle, wordDocument,
} from '../documents/made-documents.js';
import { ingestCli } from '../support/cli.js';

const TOKEN = 'documents-test-admin-token';
const byFile = (name: string) => withTitle(devReports().find((r) => r.file === name)!);
const xunxian = byFile('xunxian_2024.txt');
const langxi = byFile('langxi_2024.txt');
const lushan = byFile('lushan_2024.txt');
const gongyi = byFile('gongyi_2021.txt');
const zhengxiang = byFile('zhengxiang_2024.txt');

const dir = mkdtempSync(join(tmpdir(), 'hub-documents-'));
const url = `sqlite:${join(dir, 'hub.sqlite')}`;
let browser: Browser;
let hub: Hub;

async function gql(query: string, variables?: object) {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}
const REPORTS = '{ reports { id region year title publisher publishedOn figureCount } }';
const reportText = async (id: string) => (await gql('query($id: ID!) { report(id: $id) { text } }', { id })).data.report.text as string;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await hub?.close();
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run ingest with several files and a folder', () => {
  let output: string;
  let code: number;

  beforeAll(async () => {
    const folder = join(dir, 'inbox');
    mkdirSync(folder);
    writeFileSync(join(folder, '1-xunxian.html'), savedPage(xunxian, { date: '2025年03月28日 16:52', source: '浚县司法局' }));
    writeFileSync(join(folder, '2-langxi.docx'), await wordDocument(langxi));
    writeFileSync(join(folder, '3-scan.pdf'), await scannedPdf(browser));
    writeFileSync(join(folder, '4-lushan.pdf'), await printedPdf(browser, lushan));
    writeFileSync(join(folder, '5-broken.docx'), await corruptWordDocument(gongyi));
    writeFileSync(join(folder, 'notes.md'), 'not a report');
    const gbk = join(dir, 'zhengxiang-gbk.txt');
    writeFileSync(gbk, gbkText(zhengxiang).bytes);
    ({ code, output } = await ingestCli(url, [folder, gbk]));
  }, 180_000);

  it('reports progress for each file, in order, and skips files of other formats', () => {
    const progress = [...output.matchAll(/^\[(\d)\/6\] (.+)$/gm)].map((m) => `${m[1]} ${m[2].split('/').pop()}`);
    expect(progress).toEqual(['1 1-xunxian.html', '2 2-langxi.docx', '3 3-scan.pdf', '4 4-lushan.pdf', '5 5-broken.docx', '6 zhengxiang-gbk.txt']);
    expect(output).toMatch(/read HTML \(\d+ characters of report\)/);
    expect(output).toMatch(/zhengxiang-gbk\.txt: read as GB18030/);
  });

  it('ends with a summary line per file and fails with exit code 1 when a file failed', () => {
    expect(code).toBe(1);
    expect(output).toMatch(/4 of 6 files ingested, 2 failed:/);
    expect(output).toMatch(/ok {6}\S+1-xunxian\.html → [a-z]+-2024 \(\d+ figures, \d+ labelled automatically, \d+ checks failed\)/);
    expect(output).toMatch(/failed {2}\S+3-scan\.pdf: \S+3-scan\.pdf has no text layer \(1 page, a scan\?\)/);
    expect(output).toMatch(/failed {2}\S+5-broken\.docx: \S+5-broken\.docx is not a readable \.docx file/);
  });

  it('stores the good files with the metadata their pages state, and nothing for the bad ones', async () => {
    hub = await bootstrap({ port: 0, host: '127.0.0.1', databaseUrl: url, logLevel: 'silent', adminToken: TOKEN, seed: false });
    await hub.ready;
    const { reports } = (await gql(REPORTS)).data;
    expect(reports.map((r: { region: string }) => r.region).sort()).toEqual(['浚县', '蒸湘区', '郎溪县', '鲁山县'].sort());
    expect(reports.find((r: { region: string }) => r.region === '浚县')).toMatchObject({ publisher: '浚县司法局', publishedOn: '2025-03-28', year: 2024 });
  }, 60_000);

  it('stores each report as its plain text would be stored, without the page furniture, every span exact', async () => {
    const { reports } = (await gql(REPORTS)).data as { reports: { id: string; region: string }[] };
    for (const report of [xunxian, langxi, lushan, zhengxiang]) {
      const id = reports.find((r) => r.region === report.region)!.id;
      const text = await reportText(id);
      expect(text, id).toBe(parseReport(report.text, { metadata: { region: report.region, year: report.year } }).text);
      for (const word of ['当前位置', '字号', '浏览次数', '版权所有', '分享到']) expect(text, `${id}: ${word}`).not.toContain(word);
      const { data } = await gql('query($id: ID!) { metrics(filter: { reportId: $id }, first: 200) { nodes { text span { start end } } } }', { id });
      const wrong = data.metrics.nodes.filter((m: { text: string; span: { start: number; end: number } }) => text.slice(m.span.start, m.span.end) !== m.text);
      expect(wrong, id).toEqual([]);
    }
  });
});

describe('ingestReport with a file as base64', () => {
  const mutation = `mutation($input: IngestReportInput!) { ingestReport(input: $input) {
    reportId replaced region year figures labelledAutomatically checksFailed warnings toReview { metricId label figure confidence } } }`;

  beforeAll(async () => {
    if (!hub) {
      hub = await bootstrap({ port: 0, host: '127.0.0.1', databaseUrl: url, logLevel: 'silent', adminToken: TOKEN, seed: false });
      await hub.ready;
    }
  }, 60_000);

  it('ingests a .docx given as content and fileName, with the figures of its plain text', async () => {
    const content = (await wordDocument(gongyi)).toString('base64');
    const { data, errors } = await gql(mutation, { input: { content, fileName: 'gongyi.docx', region: gongyi.region, year: gongyi.year } });
    expect(errors).toBeUndefined();
    const plain = parseReport(gongyi.text, { metadata: { region: gongyi.region, year: gongyi.year } });
    expect(data.ingestReport).toMatchObject({ reportId: expect.stringMatching(/-2021$/), figures: plain.figures.length });
    const text = await reportText(data.ingestReport.reportId);
    expect(text).toBe(plain.text);
  });

  it('lists the automatic labels to review, each naming a stored figure', async () => {
    const content = Buffer.from(savedPage(zhengxiang)).toString('base64');
    const { data } = await gql(mutation, { input: { content, fileName: 'zhengxiang.html' } });
    expect(data.ingestReport.replaced).toBe(true);
    expect(data.ingestReport.warnings.some((w: string) => /lines of page furniture dropped/.test(w))).toBe(true);
    expect(data.ingestReport.toReview.length).toBeGreaterThan(0);
    for (const review of data.ingestReport.toReview) {
      expect(review.confidence).toBeLessThan(0.7);
      const metric = (await gql('query($id: ID!) { metric(id: $id) { text labelConfidence } }', { id: review.metricId })).data.metric;
      expect(metric).toMatchObject({ text: review.figure, labelConfidence: review.confidence });
    }
  });

  it('refuses a scan, a broken .docx, a missing fileName and content that is not base64, changing nothing', async () => {
    const before = await gql(REPORTS);
    const cases: [object, RegExp][] = [
      [{ content: (await scannedPdf(browser)).toString('base64'), fileName: 'scan.pdf' }, /scan\.pdf has no text layer/],
      [{ content: (await corruptWordDocument(langxi)).toString('base64'), fileName: 'report.docx' }, /report\.docx is not a readable \.docx file/],
      [{ content: Buffer.from(langxi.text).toString('base64') }, /content needs its fileName/],
      [{ content: '这不是base64', fileName: 'a.txt' }, /content is not base64/],
      [{ text: langxi.text, content: 'AAAA', fileName: 'a.txt' }, /either as text, or as content/],
      [{ content: 'AAAA', fileName: 'report.doc' }, /"\.doc" files are not read/],
    ];
    for (const [input, message] of cases) {
      const body = await gql(mutation, { input });
      expect(body.errors?.[0]?.extensions.code, String(message)).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toMatch(message);
    }
    expect(await gql(REPORTS)).toEqual(before);
  }, 60_000);
});

describe('the size limit on content', () => {
  it('lets a file through that is far longer than an ordinary string argument (200 characters)', async () => {
    const { LONG_STRINGS, MAX_STRING_LENGTH } = await import('../../server/graphql/argument-limits.js');
    expect(LONG_STRINGS['IngestReportInput.content']).toBeGreaterThanOrEqual(4 * 1024 * 1024);
    expect(LONG_STRINGS['IngestReportInput.fileName'] ?? MAX_STRING_LENGTH).toBe(MAX_STRING_LENGTH);
  });
});
