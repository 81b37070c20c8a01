/**
 * The reports panel in headless Chromium with six reports held: the landing page's list, the
 * pickers on the report and brief pages, the chat's scope selector (sent to ask) and suggestions
 * drawn from the reports in scope; desktop and phone, both languages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ingestMoreReports } from '../support/more-reports.js';
import { askIn, browserSession, lastAnswer } from './session.js';
import { DESKTOP, PHONE, screenshot } from './support.js';

const session = browserSession((orm) => ingestMoreReports(() => orm.em.fork()));

const ask = askIn;

describe('reports panel', () => {
  for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    for (const lang of ['zh', 'en'] as const) {
      it(`lists the reports held with place, year, figures and links (${name}, ${lang})`, async () => {
        const page = await session.open(`panel ${name} ${lang}`, '/#/', { viewport, lang });
        const rows = page.locator('.report-row');
        await rows.first().waitFor();
        expect(await rows.count()).toBe(6);
        const ziyun = rows.filter({ hasText: lang === 'zh' ? '紫云 2024' : 'Ziyun 2024' });
        expect(await ziyun.locator('.report-row-count').textContent()).toBe(lang === 'zh' ? '88 个数据 · 全文' : '88 figures · full text');
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
        await screenshot(page, `panel-${name}-${lang}`);
        const jinping = rows.filter({ hasText: lang === 'zh' ? '金平 2024' : 'Jinping 2024' });
        await jinping.getByRole('link', { name: lang === 'zh' ? '要点简报' : 'Brief' }).click();
        await expect.poll(() => page.locator('h1').textContent()).toBe(lang === 'zh' ? '金平 2024 · 要点简报' : 'Jinping 2024 · Brief');
      });
    }
  }

  it('has a picker on the report page', async () => {
    const page = await session.open('report picker', '/#/report/ziyun-2024');
    await page.locator('#report-title').waitFor();
    await page.getByLabel('选择报告').selectOption('jinping-2024');
    await expect.poll(() => page.locator('#report-title').textContent()).toContain('金平');
  });

  it('reads questions within the report chosen in the scope selector, and suggests from it', async () => {
    const page = await session.open('scope', '/#/');
    await page.locator('.suggestion').first().waitFor();
    // Across all reports, suggestions name the place they are about.
    const across = await page.locator('.suggestion').allTextContents();
    const places = new Set(across.map((q) => /^(紫云|金平|望谟|郎溪|鲁山|浚县)/.exec(q)?.[1]).filter(Boolean));
    expect(places.size).toBeGreaterThanOrEqual(2);

    await page.getByLabel('提问范围').selectOption('jinping-2024');
    await ask(page, '行政复议审结了多少件?');
    await expect.poll(() => lastAnswer(page).locator('.figure-number').textContent()).toBe('40');
    expect(await lastAnswer(page).textContent()).toContain('只在金平自治县2024年的报告中查找');
    // Suggestions now come from 金平's figures, and are asked within it.
    await expect.poll(async () => (await page.locator('.suggestion').allTextContents()).some((q) => /^(紫云|望谟)/.test(q))).toBe(false);
    await page.locator('.suggestion').first().click();
    await expect.poll(() => page.locator('.turn').count()).toBe(2);
    await lastAnswer(page).locator('.badge').waitFor();
    for (const href of await lastAnswer(page).locator('a[href^="#/report/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toContain('jinping-2024');
    }
    await screenshot(page, 'panel-scoped');
    // The choice is remembered.
    await page.reload();
    expect(await page.getByLabel('提问范围').inputValue()).toBe('jinping-2024');
    await page.getByLabel('提问范围').selectOption('');
  });

  it('asks once when a suggestion is double-clicked', async () => {
    const page = await session.open('double click', '/#/', { lang: 'en' });
    await page.locator('.suggestion').first().dblclick();
    await lastAnswer(page).locator('.badge').waitFor();
    await page.waitForTimeout(300);
    expect(await page.locator('.turn').count()).toBe(1);
  });
});

it('logs no console errors and throws no page errors', () => {
  expect(session.problems.problems).toEqual([]);
});
