/**
 * The tools under each answer in headless Chromium, desktop and phone, Chinese and English:
 * follow-up buttons ask, the copy button puts the answer with its citation on the clipboard, the
 * shared link asks its question once, the chart's table view toggles, the chart downloads as a
 * PNG file, and a 👍 is kept and shown to the admin on the upload page.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { askIn, browserSession, lastAnswer } from './session.js';
import { DESKTOP, PHONE, screenshot } from './support.js';

const TOKEN = 'answer-tools-e2e-admin-token';
const session = browserSession(undefined, { adminToken: TOKEN });

const QUESTION = {
  zh: '紫云行政复议收到、受理、审结分别多少件?',
  en: 'How many administrative reconsideration cases were received, accepted and concluded?',
};
const WORDS = {
  zh: { table: '表格', chart: '图表', png: '下载 PNG 图片', copy: '复制回答和出处', copied: '已复制回答和出处', link: '复制提问链接', up: '有用', thanks: '谢谢，反馈已记录。', followUps: '接着问' },
  en: { table: 'Table', chart: 'Chart', png: 'Download PNG', copy: 'Copy answer with source', copied: 'Answer and source copied', link: 'Copy link to this question', up: 'Helpful', thanks: 'Thank you; your feedback is kept.', followUps: 'Ask next' },
};

async function openWithClipboard(label: string, path: string, viewport: { width: number; height: number }, lang: 'zh' | 'en'): Promise<Page> {
  const page = await session.open(label, path, { viewport, lang });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.hub.url });
  return page;
}
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('answer tools', () => {
  for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    for (const lang of ['zh', 'en'] as const) {
      const w = WORDS[lang];
      it(`follow-ups, copy, link, table, PNG and 👍 (${name}, ${lang})`, async () => {
        const page = await openWithClipboard(`tools ${name} ${lang}`, '/#/', viewport, lang);
        await askIn(page, QUESTION[lang]);
        const card = lastAnswer(page);
        await card.locator('.badge').waitFor();
        const turn = page.locator('.turn').first();

        // The chart and its table.
        await card.locator('.answer-chart').waitFor();
        const tableButton = card.getByRole('button', { name: w.table, exact: true });
        expect(await tableButton.getAttribute('aria-pressed')).toBe('false');
        await tableButton.click();
        expect(await tableButton.getAttribute('aria-pressed')).toBe('true');
        const table = card.locator('table.chart-data-table');
        await table.waitFor();
        expect(await table.locator('tbody tr').count()).toBe(3);
        expect(await table.locator('tbody').textContent()).toMatch(lang === 'zh' ? /39件[\s\S]*36件[\s\S]*22件/ : /39 cases[\s\S]*36 cases[\s\S]*22 cases/);
        expect(await card.locator('.answer-chart').count()).toBe(0);
        await card.getByRole('button', { name: w.chart, exact: true }).click();
        await card.locator('.answer-chart svg.recharts-surface').first().waitFor();
        expect(await card.locator('table.chart-data-table').count()).toBe(0);

        // The chart as a PNG file.
        const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: w.png }).click()]);
        expect(download.suggestedFilename()).toMatch(/\.png$/);
        const png = readFileSync((await download.path())!);
        expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        expect(png.length).toBeGreaterThan(2000);

        // Copy with the citation: title, section, quote.
        await turn.getByRole('button', { name: w.copy }).click();
        await expect.poll(() => turn.locator('.tool-status').textContent()).toBe(w.copied);
        const copied = await clipboard(page);
        expect(copied.startsWith((await card.locator('.answer-text').textContent())!.trim())).toBe(true);
        expect(copied).toContain('《紫云自治县2024年度法治政府建设工作报告》');
        expect(copied).toMatch(/审结22件/);
        expect(copied).toMatch(lang === 'zh' ? /——《[^》]+》，[^：]+：“/ : /— 《[^》]+》, [^:]+: “/);

        // The follow-ups: 2–4, in the answer's language; a click asks.
        const followUps = turn.locator('.follow-up');
        const count = await followUps.count();
        expect(count).toBeGreaterThanOrEqual(2);
        expect(count).toBeLessThanOrEqual(4);
        const first = (await followUps.first().textContent())!;
        expect(/[\u4e00-\u9fff]/.test(first)).toBe(lang === 'zh');
        const wide = await page.evaluate(() => Array.from(document.querySelectorAll('body *'))
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((e) => `${e.tagName}.${(e as HTMLElement).className} ${Math.round(e.getBoundingClientRect().right)}`).slice(0, 8));
        expect(await overflow(page), wide.join(', ')).toBe(0);
        await screenshot(page, `answer-tools-${name}-${lang}`);

        // 👍, kept.
        await turn.getByRole('button', { name: w.up, exact: true }).click();
        await expect.poll(() => turn.locator('.tool-status').textContent()).toBe(w.thanks);
        expect(await turn.getByRole('button', { name: w.up, exact: true }).getAttribute('aria-pressed')).toBe('true');

        await followUps.first().click();
        await expect.poll(() => page.locator('.turn').count()).toBe(2);
        await expect.poll(() => page.locator('.turn').last().locator('.turn-question').textContent()).toContain(first);
        await expect.poll(() => lastAnswer(page).locator('.badge').textContent()).toBe(lang === 'zh' ? '已回答' : 'Answered');

        // The link: copied, and opening it asks once.
        await turn.getByRole('button', { name: w.link }).click();
        const link = await clipboard(page);
        expect(link).toBe(`${session.hub.url}/#/ask?q=${encodeURIComponent(QUESTION[lang])}`);
        const shared = await openWithClipboard(`shared ${name} ${lang}`, link.slice(session.hub.url.length), viewport, lang);
        await lastAnswer(shared).locator('.badge').waitFor();
        expect(await shared.locator('.turn').count()).toBe(1);
        expect(await shared.locator('.turn-question').textContent()).toContain(QUESTION[lang]);
        await expect.poll(() => shared.evaluate(() => location.hash)).toBe('#/');
        await shared.reload();
        await lastAnswer(shared).locator('.badge').waitFor();
        await shared.waitForTimeout(300);
        expect(await shared.locator('.turn').count()).toBe(1);
      });
    }
  }

  it('shows the votes to the admin beside the unanswered questions', async () => {
    const page = await session.open('admin log', '/#/', { lang: 'en' });
    await askIn(page, 'How many criminal cases were tried?');
    await lastAnswer(page).locator('.badge').waitFor();
    // 👎 asks what was wrong before it is sent.
    const turn = page.locator('.turn').last();
    await turn.getByRole('button', { name: 'Not helpful', exact: true }).click();
    await turn.getByLabel('What was wrong? (optional)').fill('The reports hold no criminal cases; say so sooner');
    await turn.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(() => turn.locator('.tool-status').textContent()).toBe(WORDS.en.thanks);
    expect(await turn.getByRole('button', { name: 'Not helpful', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await turn.locator('.vote-comment').count()).toBe(0);
    await page.goto(`${session.hub.url}/#/upload`);
    await page.getByLabel('Admin token').fill(TOKEN);
    await page.getByRole('button', { name: 'Use token' }).click();
    const feedback = page.locator('.admin-feedback');
    await feedback.locator('tbody').waitFor();
    // The four tests above each gave a 👍 to their question.
    await expect.poll(() => feedback.locator('.feedback-row.vote-up').count()).toBe(4);
    expect(await feedback.locator('h3').textContent()).toBe('Feedback from readers (5)');
    const down = feedback.locator('.feedback-row.vote-down');
    expect(await down.count()).toBe(1);
    expect(await down.textContent()).toContain('The reports hold no criminal cases; say so sooner');
    expect(await down.textContent()).toContain('How many criminal cases were tried?');
    expect(await feedback.textContent()).toContain(QUESTION.zh);
    expect(await feedback.textContent()).toContain(QUESTION.en);
    expect(await page.locator('.admin-unanswered').textContent()).toContain('How many criminal cases were tried?');
    await screenshot(page, 'answer-tools-admin');
  });

  it('refuses the log to a wrong token', async () => {
    const page = await session.open('admin wrong token', '/#/upload', { allowed: /403|FORBIDDEN|Failed to load resource/ });
    await page.getByLabel('管理员令牌').fill('wrong-token');
    await page.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.getByLabel('管理员令牌').count()).toBe(1);
    expect(await page.locator('.admin-feedback').count()).toBe(0);
  });
});

it('logs no console errors and throws no page errors', () => {
  expect(session.problems.problems.filter((p) => !p.startsWith('admin wrong token'))).toEqual([]);
});
