/**
 * The upload page in headless Chromium against the real hub: an admin enters the token once (kept
 * for the session), drags a saved web page onto the drop zone or picks a PDF, sees the progress and
 * then the summary (figures, labels to review, checks failed) with a link to the new report, whose
 * text carries no page furniture. A scan and a wrong token get one clear message and change nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap, type Hub } from '../../server/http/app.js';
import { parseReport } from '../../server/ingest/report.js';
import { devReports, printedPdf, savedPage, scannedPdf, withTitle } from '../documents/made-documents.js';
import { PHONE, PageProblems, ensureClientBuilt, launchBrowser, newPage, screenshot } from './support.js';

const TOKEN = 'upload-e2e-admin-token';
const dataDir = mkdtempSync(join(tmpdir(), 'hub-upload-e2e-'));
let hub: Hub;
let browser: Browser;
const problems = new PageProblems();
const opened: { close(): Promise<void> }[] = [];
const report = (file: string) => withTitle(devReports().find((r) => r.file === file)!);
const xunxian = report('xunxian_2024.txt');
const langxi = report('langxi_2024.txt');

beforeAll(async () => {
  ensureClientBuilt();
  hub = await bootstrap({ port: 0, host: '127.0.0.1', databaseUrl: `sqlite:${join(dataDir, 'hub.sqlite')}`, logLevel: 'silent', adminToken: TOKEN });
  await hub.ready;
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  for (const context of opened) await context.close().catch(() => {});
  await browser?.close();
  await hub?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function open(label: string, viewport?: { width: number; height: number }, allowed?: RegExp): Promise<Page> {
  const { context, page } = await newPage(browser, problems, label, { viewport, allowed });
  opened.push(context);
  await page.goto(`${hub.url}/#/upload`);
  return page;
}

async function enterToken(page: Page, token: string) {
  await page.getByLabel('管理员令牌').fill(token);
  await page.getByRole('button', { name: '确定' }).click();
}

/** Drops a file on the drop zone as a browser does when a file is dragged from the desktop. */
async function dropFile(page: Page, name: string, bytes: Buffer) {
  const transfer = await page.evaluateHandle(({ name, base64 }) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([data], name));
    return dt;
  }, { name, base64: bytes.toString('base64') });
  await page.dispatchEvent('.drop-zone', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer: transfer });
}

/** Records each state the status area shows, so a quick upload's progress is seen too. */
async function watchStatus(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenStatus: string[] }).seenStatus = seen;
    new MutationObserver(() => {
      const status = document.querySelector('.upload-status');
      const text = status?.querySelector('p')?.textContent ?? '';
      if (status && text && seen[seen.length - 1] !== text) seen.push(`${status.querySelector('progress') ? 'progress: ' : ''}${text}`);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}
const seenStatus = (page: Page) => page.evaluate(() => (window as unknown as { seenStatus: string[] }).seenStatus);

const counts = async () => (await (await fetch(`${hub.url}/graphql`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ reports { id figureCount } }' }),
})).json()).data.reports;

describe('upload page', () => {
  it('asks for the token, refuses a wrong one with a clear message, and changes nothing', async () => {
    const page = await open('wrong token', undefined, /403|Failed to load resource/);
    const before = await counts();
    await enterToken(page, 'not-the-token');
    // The admin log's first request finds the token refused, before any file is dropped.
    await page.locator('.upload-failed').waitFor();
    expect(await page.locator('.upload-error').textContent()).toBe('管理员令牌无效，请重新输入。');
    // The refused token is forgotten: the form asks again.
    expect(await page.getByLabel('管理员令牌').isVisible()).toBe(true);
    expect(await page.evaluate(() => sessionStorage.getItem('hub.adminToken'))).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it('keeps the token for the session, takes a dropped web page, shows progress and the summary, and links to the report', async () => {
    const page = await open('drop html');
    await enterToken(page, TOKEN);
    expect(await page.evaluate(() => sessionStorage.getItem('hub.adminToken'))).toBe(TOKEN);
    expect(await page.evaluate(() => localStorage.getItem('hub.adminToken'))).toBeNull();
    await page.reload();
    await page.locator('.drop-zone').waitFor();
    expect(await page.locator('.upload-signed-in').textContent()).toContain('已使用管理员令牌');

    await watchStatus(page);
    await dropFile(page, 'xunxian.html', Buffer.from(savedPage(xunxian, { date: '2025年03月28日 16:52', source: '浚县司法局' })));
    const done = page.locator('.upload-done');
    await done.waitFor();
    expect((await seenStatus(page)).some((s) => /^progress: 正在(上传|解析) xunxian\.html/.test(s))).toBe(true);

    const expected = parseReport(xunxian.text, { metadata: { year: xunxian.year } });
    expect(await done.locator('h2').textContent()).toBe('已添加 xunxian.html');
    expect(Number(await done.locator('[data-count="figures"]').textContent())).toBe(expected.figures.length);
    expect(Number(await done.locator('[data-count="automatic"]').textContent())).toBe(expected.figures.length);
    expect(Number(await done.locator('[data-count="checks-failed"]').textContent())).toBe(expected.checks.filter((c) => !c.ok).length);
    const review = done.locator('.upload-review li');
    expect(await review.count()).toBe(expected.figures.filter((f) => f.labelConfidence < 0.7 || !f.topic || !f.measure).length);
    expect(await review.count()).toBeGreaterThan(0);
    await screenshot(page, 'upload-done-desktop', true);

    await done.getByRole('link', { name: '查看报告' }).click();
    await page.waitForURL(/#\/report\/[a-z]+-2024$/);
    const body = page.locator('.report-text');
    await body.waitFor();
    const text = await body.textContent();
    expect(text).toContain('政务服务事项入驻率达到96.4%');
    for (const word of ['当前位置', '字号', '浏览次数', '分享到', '版权所有']) expect(text, word).not.toContain(word);
    // The navigation knows the new report without a reload.
    expect((await counts()).length).toBe(2);
  });

  it('takes a PDF picked with the file chooser, at phone width', async () => {
    const page = await open('pick pdf', PHONE);
    await enterToken(page, TOKEN);
    const file = join(dataDir, 'langxi.pdf');
    writeFileSync(file, await printedPdf(browser, langxi));
    await page.locator('.drop-zone input[type=file]').setInputFiles(file);
    const done = page.locator('.upload-done');
    await done.waitFor({ timeout: 20_000 });
    const expected = parseReport(langxi.text, { metadata: { year: langxi.year } });
    expect(Number(await done.locator('[data-count="figures"]').textContent())).toBe(expected.figures.length);
    expect(await done.locator('.upload-report').textContent()).toContain('郎溪县');
    await screenshot(page, 'upload-done-phone', true);
  });

  it('refuses a scanned PDF with one clear message, and stores nothing', async () => {
    const page = await open('scan', undefined, /400|Failed to load resource/);
    const before = await counts();
    // Each browser context is a new session: the token is asked for again.
    expect(await page.getByLabel('管理员令牌').isVisible()).toBe(true);
    await enterToken(page, TOKEN);
    await dropFile(page, 'scan.pdf', await scannedPdf(browser));
    await page.locator('.upload-failed').waitFor();
    expect(await page.locator('.upload-failed strong').textContent()).toBe('scan.pdf 未能入库，数据库没有改变。');
    expect(await page.locator('.upload-error').textContent()).toMatch(/scan\.pdf has no text layer \(1 page, a scan\?\)/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a file of another format before sending it', async () => {
    const page = await open('wrong format');
    await enterToken(page, TOKEN);
    await dropFile(page, 'photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await page.locator('.upload-failed').waitFor();
    expect(await page.locator('.upload-error').textContent()).toBe('不能读取这种文件，请上传 .txt .html .htm .docx .pdf。');
  });

  it('raised no console errors or page errors beyond the refusals it caused', () => {
    expect(problems.problems).toEqual([]);
  });
});
