/**
 * A ranking across reports in the chat panel, in headless Chromium against the real hub with the
 * bundled report and the sample excerpts: the table (place, year, value, source link; not stated
 * last) and the bar chart named by short place and year (紫云 2024), in Chinese and in English.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bootstrap, type Hub } from '../../server/http/app.js';
import { seedSamples } from '../../server/ingest/samples.js';
import { PageProblems, ensureClientBuilt, launchBrowser, newPage } from './support.js';

let hub: Hub;
const dataDir = mkdtempSync(join(tmpdir(), 'hub-e2e-ranking-'));
let browser: Browser;
const problems = new PageProblems();

beforeAll(async () => {
  ensureClientBuilt();
  hub = await bootstrap({ port: 0, host: '127.0.0.1', databaseUrl: `sqlite:${join(dataDir, 'hub.sqlite')}`, logLevel: 'silent', rateLimitPerMinute: 0 });
  await seedSamples(await hub.ready);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await hub?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The names of the bar chart's bars, in order, once it is drawn. */
const barNames = async (chart: Locator) => {
  await chart.locator('svg.recharts-surface').waitFor();
  return chart.locator('.recharts-bar-rectangle path').evaluateAll((paths) => paths.map((p) => p.getAttribute('name')));
};

async function ask(page: Page, question: string) {
  const box = page.getByLabel(/您的问题|Your question/);
  await box.fill(question);
  await box.press('Enter');
  const card = page.locator('.turn').last().locator('.answer-card');
  await card.locator('.ranking-table').waitFor();
  return card;
}

it('shows a ranking as a table with source links and as a bar chart of short place names and years', async () => {
  const { context, page } = await newPage(browser, problems, 'ranking zh');
  await page.goto(`${hub.url}/#/`);
  const card = await ask(page, '郎溪和鲁山的宣讲活动分别开展了多少场?');
  const rows = card.locator('.ranking-table tbody tr');
  await expect.poll(() => rows.count()).toBe(2);
  expect(await rows.nth(0).locator('th').innerText()).toContain('郎溪');
  expect(await rows.nth(0).innerText()).toContain('2024');
  expect(await rows.nth(0).innerText()).toContain('75');
  expect(await rows.nth(0).innerText()).toContain('节选');
  const link = rows.nth(0).locator('a.source-link');
  expect(await link.getAttribute('href')).toMatch(/^#\/report\/langxi-2024\?highlight=\d+-\d+$/);
  const chart = card.locator('figure.chart-ranking');
  await chart.waitFor();
  await expect.poll(() => barNames(chart)).toEqual(['郎溪 2024', '鲁山 2024']);

  // A report that does not state the figure is a row of its own, not a bar of zero.
  const wide = await ask(page, '浚县和郎溪哪个县政府常务会学法多');
  const last = wide.locator('.ranking-table tbody tr').last();
  expect(await last.innerText()).toContain('未载明');
  await expect.poll(() => barNames(wide.locator('figure.chart-ranking'))).toEqual(['浚县 2024']);
  await context.close();
}, 60_000);

it('shows the same in English', async () => {
  const { context, page } = await newPage(browser, problems, 'ranking en');
  await page.goto(`${hub.url}/#/`);
  await page.getByRole('button', { name: 'Switch the interface to English' }).click();
  const card = await ask(page, 'Which place reviewed the most normative documents?');
  const header = await card.locator('.ranking-table thead').innerText();
  expect(header).toContain('Place');
  expect(header).toContain('Source');
  const first = card.locator('.ranking-table tbody tr').first();
  expect(await first.innerText()).toContain('Suining');
  expect(await first.innerText()).toContain('2022');
  expect(await card.locator('.ranking-table').innerText()).toContain('not stated');
  await expect.poll(async () => (await barNames(card.locator('figure.chart-ranking')))[0]).toBe('Suining 2022');
  await context.close();
}, 60_000);

it('reads an earlier Chinese ranking in English once the interface is: reply, table, chart and interpretation', async () => {
  const { context, page } = await newPage(browser, problems, 'ranking zh then en');
  await page.goto(`${hub.url}/#/`);
  const card = await ask(page, '郎溪和鲁山的宣讲活动分别开展了多少场?');
  expect(await card.locator('.answer-text').innerText()).toMatch(/\p{Script=Han}/u);
  await page.getByRole('button', { name: 'Switch the interface to English' }).click();
  const han = /\p{Script=Han}/u;
  // English through and through, but for each place's Chinese name in brackets (Langxi (郎溪县)), which the sources use.
  await expect.poll(async () => (await card.locator('.answer-text').innerText()).replace(/[(（][^()（）]*[)）]/g, '')).not.toMatch(han);
  expect(await card.locator('.answer-text').getAttribute('lang')).toBe('en');
  expect(await card.locator('.interpretation').innerText()).not.toMatch(han);
  expect(await card.locator('.ranking-table tbody tr').first().locator('th').innerText()).toContain('Langxi');
  await expect.poll(() => barNames(card.locator('figure.chart-ranking'))).toEqual(['Langxi 2024', 'Lushan 2024']);
  await context.close();
  expect(problems.problems).toEqual([]);
}, 60_000);
