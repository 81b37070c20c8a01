/** Overview answers in the chat, as a table with sources and derived rates: desktop and phone, both languages. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { askIn, browserSession, lastAnswer } from './session.js';
import { DESKTOP, PHONE, screenshot } from './support.js';

const session = browserSession();
const ask = askIn;

describe('overview answers', () => {
  for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    it(`shows a topic's figures as a table with sources and derived rates (${name}, zh)`, async () => {
      const page = await session.open(`overview ${name} zh`, '/#/', { viewport });
      await ask(page, '紫云行政复议的总体情况怎么样');
      const table = lastAnswer(page).locator('.overview-table');
      await table.waitFor();
      expect(await table.locator('.overview-value').allTextContents()).toEqual(['39件', '36件', '22件', '5件', '100%']);
      expect(await table.locator('.overview-derived').first().textContent()).toContain('受理率 = 受理 36件 ÷ 收到 39件 = 92.3%计算所得');
      expect(await table.locator('a[href^="#/report/ziyun-2024?highlight="]').count()).toBe(5);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await lastAnswer(page).scrollIntoViewIfNeeded();
      await screenshot(page, `overview-${name}-zh`);
    });

    it(`answers an English overview in English (${name}, en)`, async () => {
      const page = await session.open(`overview ${name} en`, '/#/', { viewport, lang: 'en' });
      await ask(page, 'What are the reconsideration figures?');
      const table = lastAnswer(page).locator('.overview-table');
      await table.waitFor();
      expect(await table.locator('.overview-value').allTextContents()).toEqual(['39 cases', '36 cases', '22 cases', '5 cases', '100%']);
      expect(await table.textContent()).toContain('acceptance rate = accepted 36 ÷ received 39 = 92.3%derived');
      expect(await lastAnswer(page).locator('.answer-text').textContent()).not.toMatch(/[\u4e00-\u9fff]/);
      await screenshot(page, `overview-${name}-en`);
    });
  }
});

it('logs no console errors and throws no page errors', () => {
  expect(session.problems.problems).toEqual([]);
});
