/**
 * The chat panel, report view and brief in headless Chromium against the real hub: page and API
 * from one origin, the bundled 紫云 2024 report seeded into a temporary SQLite database.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripFurniture } from '../../server/documents/furniture.js';
import { bootstrap, type Hub } from '../../server/http/app.js';
import {
  PHONE,
  PageProblems,
  SCREENSHOTS,
  ensureClientBuilt,
  launchBrowser,
  newPage,
  screenshot,
  settle,
} from './support.js';

/** Where 审结22件's figure stands in the report as stored (its 日期/来源/字号 lines dropped): start-end. */
const CONCLUDED = (() => {
  const text = stripFurniture(readFileSync(join(import.meta.dirname, '../../seeds/ziyun-2024-rule-of-law-report.txt'), 'utf8')).text;
  const at = text.indexOf('审结22件') + 2;
  return `${at}-${at + 3}`;
})();

let hub: Hub;
const dataDir = mkdtempSync(join(tmpdir(), 'hub-e2e-'));
let browser: Browser;
const problems = new PageProblems();
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  // Built first: the hub serves client/dist at / when it is there at start.
  ensureClientBuilt();
  const tmpfile = join(dataDir, 'hub.sqlite');
  hub = await bootstrap({ port: 0, host: '127.0.0.1', databaseUrl: `sqlite:${tmpfile}`, logLevel: 'silent' });
  await hub.ready;
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  for (const context of opened) await context.close().catch(() => {});
  await browser?.close();
  await hub?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function open(label: string, path = '/#/', options: { viewport?: { width: number; height: number }; allowed?: RegExp } = {}): Promise<Page> {
  const { context, page } = await newPage(browser, problems, label, options);
  opened.push(context);
  await page.goto(`${hub.url}${path}`);
  return page;
}

async function ask(page: Page, question: string): Promise<void> {
  const box = page.getByLabel(/您的问题|Your question/);
  await box.fill(question);
  await box.press('Enter');
}

/** The answer card of the newest turn. */
const lastAnswer = (page: Page) => page.locator('.turn').last().locator('.answer-card');

describe('chat panel', () => {
  it('answers a typed question: 22 件, with 审结22件 highlighted in the source sentence', async () => {
    const page = await open('typed question');
    await ask(page, '行政复议审结了多少件?');
    const card = lastAnswer(page);
    await expect.poll(() => card.locator('.figure-number').textContent()).toBe('22');
    expect(await card.locator('.figure-unit').textContent()).toBe('件');
    const quote = card.locator('.source-quote blockquote');
    expect(await quote.textContent()).toContain('审结22件');
    expect(await quote.locator('mark').allTextContents()).toEqual(['22件']);
    // The mark is the figure inside "审结22件", not another 22 in the sentence.
    expect(await quote.evaluate((el) => el.querySelector('mark')?.previousSibling?.textContent?.endsWith('审结'))).toBe(true);
    expect(await card.locator('.interpretation').textContent()).toContain('行政复议案件审结数');
    expect(await card.locator('.source-link').getAttribute('href')).toBe(`#/report/ziyun-2024?highlight=${CONCLUDED}`);

    // The GraphQL operation on demand, with a copy button.
    const disclosure = card.getByRole('button', { name: '显示 GraphQL 查询' });
    expect(await disclosure.getAttribute('aria-expanded')).toBe('false');
    await disclosure.click();
    expect(await card.locator('.query-panel pre').textContent()).toContain('administrative-reconsideration.concluded');
    expect(await card.getByRole('button', { name: '复制' }).isVisible()).toBe(true);
    await settle(page);
    await screenshot(page, 'chat-answer-desktop');

    // Kept across a reload.
    await page.reload();
    await expect.poll(() => lastAnswer(page).locator('.figure-number').textContent()).toBe('22');
    expect(await page.locator('.turn-question').last().textContent()).toContain('行政复议审结了多少件?');
  });

  it('Shift+Enter starts a new line instead of sending', async () => {
    const page = await open('shift enter');
    const box = page.getByLabel('您的问题');
    await box.fill('第一行');
    await box.press('Shift+Enter');
    await box.type('第二行');
    expect(await box.inputValue()).toBe('第一行\n第二行');
    expect(await page.locator('.turn').count()).toBe(0);
  });

  it('suggests questions made from the data, and a click on one gets an answer', async () => {
    const page = await open('suggestions');
    const suggestions = page.locator('.suggestion');
    await suggestions.first().waitFor();
    const questions = await suggestions.allTextContents();
    expect(questions.length).toBeGreaterThanOrEqual(4);
    expect(questions.join(' ')).toContain('行政复议');
    // Every suggestion is a question the hub answers.
    for (const question of questions) {
      const response = await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($q: String!) { ask(question: $q) { status } }', variables: { q: question } }),
      });
      const body = (await response.json()) as { data: { ask: { status: string } } };
      expect(body.data.ask.status, question).toBe('ANSWERED');
    }
    await screenshot(page, 'chat-empty-desktop');
    await suggestions.first().click();
    await lastAnswer(page).waitFor();
    expect(await page.locator('.turn-question').first().textContent()).toContain(questions[0]);
    expect(await lastAnswer(page).locator('.badge').textContent()).toBe('已回答');
  });

  it('offers the readings of an ambiguous question as buttons and shows the one chosen', async () => {
    const page = await open('clarify');
    await ask(page, '审结了多少件?');
    const card = lastAnswer(page);
    const candidates = card.locator('button.candidate');
    await candidates.first().waitFor();
    expect(await candidates.count()).toBe(2);
    await card.getByRole('button', { name: '行政诉讼案件审结数' }).click();
    await expect.poll(() => card.locator('.candidate-answer .figure-number').textContent()).toBe('18');
    expect(await card.getByRole('button', { name: '行政诉讼案件审结数' }).getAttribute('aria-pressed')).toBe('true');
    expect(await card.locator('.candidate-answer mark').textContent()).toBe('18件');
    await settle(page);
    await screenshot(page, 'chat-clarify-desktop');
  });

  it('draws a chart of a breakdown and a funnel of received → accepted → concluded', async () => {
    const page = await open('charts');
    await ask(page, '人民调解委员会由哪些类型构成?');
    const breakdown = page.locator('.turn').nth(0).locator('.answer-chart.chart-breakdown');
    await breakdown.locator('svg.recharts-surface').waitFor();
    expect(await breakdown.locator('.recharts-bar-rectangle').count()).toBe(5);
    expect(await breakdown.locator('table').textContent()).toContain('村级人民调解委员会数');

    await ask(page, '行政复议收到、受理、审结分别多少件');
    const funnel = page.locator('.turn').nth(1).locator('.answer-chart.chart-funnel');
    await funnel.locator('svg.recharts-surface').waitFor();
    expect(await funnel.locator('.recharts-funnel-trapezoid').count()).toBe(3);

    await ask(page, '员额制法官和检察官哪个多?');
    const compare = page.locator('.turn').nth(2).locator('.answer-chart.chart-compare');
    await compare.locator('svg.recharts-surface').waitFor();
    expect(await compare.locator('.recharts-cartesian-axis-tick-value').allTextContents()).toEqual(['法官', '检察官']);
    await settle(page);
    await breakdown.screenshot({ path: `${SCREENSHOTS}/chart-breakdown.png` });
    await funnel.screenshot({ path: `${SCREENSHOTS}/chart-funnel.png` });
    await compare.screenshot({ path: `${SCREENSHOTS}/chart-compare.png` });
  });

  it('states why a question has no number and shows the nearest figures', async () => {
    const page = await open('unanswerable');
    await ask(page, '2019年行政复议审结了多少件?');
    const card = lastAnswer(page);
    await card.locator('.reason').waitFor();
    expect(await card.locator('.reason').textContent()).toBe('数据库中没有这一年度的报告，因此不给出数字。');
    expect(await card.locator('.figure-number').count()).toBe(0);
    expect(await card.locator('.sources-title').textContent()).toBe('相近的已有数据');
  });

  it('reads a follow-up with the question before it, and says so', async () => {
    const page = await open('follow-up');
    await ask(page, '行政复议审结了多少件?');
    await lastAnswer(page).locator('.figure-number').waitFor();
    expect(await lastAnswer(page).locator('.figure-number').textContent()).toBe('22');
    await ask(page, '那行政诉讼呢?');
    await page.locator('.turn').nth(1).locator('.answer-card .figure-number').waitFor();
    const card = lastAnswer(page);
    expect(await card.locator('.figure-number').textContent()).toBe('18');
    expect(await card.locator('.answer-notes').textContent()).toContain('按上一问理解为');
    await settle(page);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'follow-up');
  });

  it('shows how a derived figure was computed, from both of its figures', async () => {
    const page = await open('derivation');
    await ask(page, '受理的行政复议案件数占收到的行政复议申请数的比例是多少?');
    const card = lastAnswer(page);
    await expect.poll(() => card.locator('.figure-value').getAttribute('aria-label')).toBe('92.3%');
    expect(await card.locator('.derivation code').textContent()).toBe('36 ÷ 39 = 92.3%');
    expect(await card.locator('.fact-row dd').allTextContents()).toEqual(['36件', '39件']);
    expect(await card.locator('.source-quote mark').allTextContents()).toEqual(['39件', '36件']);
  });

  it('shows a network error with a retry that works', async () => {
    // The aborted request is reported by Chromium itself; nothing else may be.
    const page = await open('network error', '/#/', { allowed: /^Failed to load resource: net::ERR_CONNECTION_REFUSED$/ });
    await page.locator('.suggestion').first().waitFor();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await ask(page, '行政复议审结了多少件?');
    const notice = page.locator('.turn').last().locator('.error-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('无法连接到数据服务');
    await page.unroute('**/graphql');
    await notice.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => lastAnswer(page).locator('.figure-number').textContent()).toBe('22');
  });
});

describe('report view', () => {
  it('follows a source link to the report with the figure marked and emphasised', async () => {
    const page = await open('report view');
    await ask(page, '行政复议审结了多少件?');
    await lastAnswer(page).locator('.source-link').click();
    await page.waitForURL(new RegExp(`#/report/ziyun-2024\\?highlight=${CONCLUDED}$`));
    const target = page.locator(`mark#figure-${CONCLUDED}`);
    await target.waitFor();
    expect(await target.textContent()).toBe('22件');
    expect(await target.getAttribute('class')).toContain('is-target');
    expect(await target.getAttribute('title')).toBe('行政复议案件审结数：22件');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`figure-${CONCLUDED}`);
    expect(await target.isVisible()).toBe(true);
    // Every figure of the report is marked and reachable with Tab; only one is emphasised.
    expect(await page.locator('mark.figure').count()).toBe(88);
    expect(await page.locator('mark.figure[tabindex="0"]').count()).toBe(88);
    expect(await page.locator('.is-target').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MARK');
    await screenshot(page, 'report-highlight-desktop');

    // The outline scrolls the text to a section.
    await page.getByRole('button', { name: /存在的问题/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('section-ziyun-2024-2');
  });
});

// The brief has its own file: brief.test.ts.

describe('language, phone width', () => {
  it('switches the interface to English and remembers the choice', async () => {
    const page = await open('english');
    await page.getByRole('button', { name: 'Switch the interface to English' }).click();
    expect(await page.getByRole('link', { name: 'Ask', exact: true }).isVisible()).toBe(true);
    expect(await page.getByLabel('Your question').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator('.suggestion').first().waitFor();
    expect((await page.locator('.suggestion').allTextContents()).join(' ')).toMatch(/^[\x20-\x7E“”’]+$/);
    await page.reload();
    expect(await page.getByLabel('Your question').isVisible()).toBe(true);
    await ask(page, 'How many reconsideration cases were concluded?');
    await expect.poll(() => lastAnswer(page).locator('.figure-value').getAttribute('aria-label')).toBe('22 cases');
    expect(await lastAnswer(page).locator('.badge').textContent()).toBe('Answered');
    await settle(page);
    await screenshot(page, 'chat-english-desktop');
    await page.getByRole('button', { name: '将界面切换为中文' }).click();
    expect(await page.getByLabel('您的问题').isVisible()).toBe(true);
  });

  it('fits a 360 px phone screen', async () => {
    const page = await open('phone', '/#/', { viewport: PHONE });
    await ask(page, '人民调解委员会由哪些类型构成?');
    await lastAnswer(page).locator('svg.recharts-surface').waitFor();
    await ask(page, '行政复议审结了多少件?');
    await expect.poll(() => lastAnswer(page).locator('.figure-number').textContent()).toBe('22');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBe(0);
    await settle(page);
    await screenshot(page, 'chat-phone');
    await page.locator('.turn').first().locator('.answer-chart').scrollIntoViewIfNeeded();
    await screenshot(page, 'chat-phone-chart');

    await page.goto(`${hub.url}/#/report/ziyun-2024?highlight=${CONCLUDED}`);
    await page.locator(`mark#figure-${CONCLUDED}.is-target`).waitFor();
    expect(await overflow()).toBe(0);
    await screenshot(page, 'report-phone');

    await page.goto(`${hub.url}/#/brief/ziyun-2024`);
    await page.locator('.brief-figure').first().waitFor();
    expect(await overflow()).toBe(0);
    await screenshot(page, 'brief-phone');
  });
});

it('logs no console errors and throws no page errors', () => {
  expect(problems.problems).toEqual([]);
});
