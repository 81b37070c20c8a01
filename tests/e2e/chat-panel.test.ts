/**
 * The chat panel's readings, return from a source, dark mode and the report view's figure panel,
 * in headless Chromium against the hub with the bundled 紫云 2024 report; desktop and phone, both
 * languages where the words differ.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { askIn as ask, browserSession, lastAnswer } from './session.js';
import { DESKTOP, PHONE, screenshot, settle } from './support.js';

const session = browserSession();
const VIEWPORTS = [['desktop', DESKTOP], ['phone', PHONE]] as const;
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the readings of an ambiguous question', () => {
  for (const [name, viewport] of VIEWPORTS) {
    for (const lang of ['zh', 'en'] as const) {
      it(`show value, unit and source words on each button, the prompt once, and the choice in the badge (${name}, ${lang})`, async () => {
        const page = await session.open(`clarify ${name} ${lang}`, '/#/', { viewport, lang });
        await ask(page, '审结了多少件?');
        const card = lastAnswer(page);
        const buttons = card.locator('button.candidate');
        await buttons.first().waitFor();
        expect(await buttons.count()).toBe(2);
        const texts = await buttons.allTextContents();
        expect(new Set(texts).size).toBe(2);
        const figures = await card.locator('.candidate-figure').allTextContents();
        expect(figures).toEqual(lang === 'zh' ? ['22件', '18件'] : ['22 cases', '18 cases']);
        const snippets = await card.locator('.candidate-snippet').allTextContents();
        expect(snippets[0]).toContain('审结22件');
        expect(snippets[1]).toContain('审结18件');
        expect(snippets.every((s) => s.length <= 24)).toBe(true);

        // The prompt is said once: the hub's reply (这个问题可以指以下几项…) is not shown beside it.
        const prompt = lang === 'zh' ? '请选择' : 'Choose one';
        expect(((await card.textContent()) ?? '').split(prompt).length - 1).toBe(1);
        expect(await card.locator('.badge').textContent()).toBe(lang === 'zh' ? '需要选择' : 'Choose a reading');

        await buttons.nth(1).click();
        await expect.poll(() => card.locator('.candidate-answer .figure-number').textContent()).toBe('18');
        // The label in the interface's language, though the question was Chinese.
        const chosen = lang === 'zh' ? /^已选：行政诉讼案件审结数$/ : /^Chosen: [\x20-\x7E]+$/;
        expect(await card.locator('.badge').textContent()).toMatch(chosen);
        if (lang === 'en') expect((await card.locator('.candidate-label').allTextContents()).join(' ')).toMatch(/^[\x20-\x7E]+$/);
        // Kept across a reload, as the choice is.
        await page.reload();
        await expect.poll(() => lastAnswer(page).locator('.badge').textContent()).toMatch(chosen);
        expect(await overflow(page)).toBe(0);
        await settle(page);
        await screenshot(page, `clarify-chosen-${name}-${lang}`);
      });
    }
  }
});

describe('back from a source link', () => {
  for (const [name, viewport] of VIEWPORTS) {
    it(`returns to the answer the link was followed from, with the focus on the link (${name})`, async () => {
      const page = await session.open(`return ${name}`, '/#/', { viewport });
      await ask(page, '行政复议审结了多少件?');
      await expect.poll(() => lastAnswer(page).locator('.figure-number').textContent()).toBe('22');
      await ask(page, '人民调解委员会由哪些类型构成?');
      await lastAnswer(page).locator('svg.recharts-surface').waitFor();
      await ask(page, '行政诉讼审结了多少件?');
      await expect.poll(() => lastAnswer(page).locator('.figure-number').textContent()).toBe('18');
      await settle(page);

      // The first answer's source, some way down the window, not at its top.
      const first = page.locator('.turn').first();
      const link = first.locator('.source-link').first();
      await link.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -120));
      const before = await first.evaluate((el) => el.getBoundingClientRect().top);
      const scrolled = await page.evaluate(() => window.scrollY);
      const href = await link.getAttribute('href');
      await link.click();
      await page.waitForURL(/#\/report\/ziyun-2024\?highlight=/);
      await page.locator('mark.is-target').waitFor();

      await page.goBack();
      await page.waitForURL(/#\/$/);
      await page.locator('.turn').first().waitFor();
      await settle(page);
      const after = await page.locator('.turn').first().evaluate((el) => el.getBoundingClientRect().top);
      expect(Math.abs(after - before)).toBeLessThanOrEqual(4);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThanOrEqual(4);

      // A later visit to the chat starts at the newest answer again.
      await page.getByRole('link', { name: '报告原文', exact: true }).click();
      await page.locator('#report-title').waitFor();
      await page.getByRole('link', { name: '问答', exact: true }).click();
      await page.locator('.turn').first().waitFor();
      await settle(page);
      const newest = await page.locator('.turn').last().evaluate((el) => el.getBoundingClientRect().top);
      expect(newest).toBeLessThan(viewport.height / 2);
    });
  }
});

describe('the report view', () => {
  for (const [name, viewport] of VIEWPORTS) {
    it(`hides the figure panel once its figure scrolls out of view (${name})`, async () => {
      const page = await session.open(`figure panel ${name}`, '/#/report/ziyun-2024', { viewport });
      const mark = page.locator('mark.figure').nth(3);
      await mark.waitFor();
      await mark.scrollIntoViewIfNeeded();
      await mark.focus();
      const panel = page.locator('.figure-info');
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await panel.textContent()).toContain('：');
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => panel.isVisible()).toBe(false);
      // The figure keeps the focus; back in view, its panel returns.
      expect(await page.evaluate(() => document.activeElement?.classList.contains('figure'))).toBe(true);
      await mark.scrollIntoViewIfNeeded();
      await expect.poll(() => panel.isVisible()).toBe(true);
    });
  }
});

/** The contrast ratio (WCAG) of each element's text on the background it stands on. */
function contrasts(page: Page, selectors: string[]): Promise<Record<string, number | null>> {
  return page.evaluate((selectors) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const c = [r, g, b].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const background = (el: Element | null): number[] => {
      for (let at = el; at; at = at.parentElement) {
        const value = rgb(getComputedStyle(at).backgroundColor);
        if (value.length === 3 || value[3] > 0.5) return value.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const out: Record<string, number | null> = {};
    for (const selector of selectors) {
      const el = document.querySelector(selector);
      if (!el) {
        out[selector] = null;
        continue;
      }
      const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(background(el))];
      out[selector] = Math.round(((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) * 10) / 10;
    }
    return out;
  }, selectors);
}

const TEXTS = [
  'body',
  '.brand-title',
  '.turn-question',
  '.answer-card .badge',
  '.answer-card .answer-text',
  '.answer-card .field-label',
  '.answer-card .source-link',
  '.answer-card .source-meta',
  '.answer-card .quote-figure',
  'button.candidate',
  '.candidate-snippet',
  '.suggestion',
];

describe('dark mode', () => {
  for (const [name, viewport] of VIEWPORTS) {
    for (const lang of ['zh', 'en'] as const) {
      it(`follows the system's dark setting with readable contrast, and prints light (${name}, ${lang})`, async () => {
        const page = await session.open(`dark ${name} ${lang}`, '/#/', { viewport, lang });
        await page.emulateMedia({ colorScheme: 'dark' });
        // A chart's words and grid in the dark page's ink, not the light page's.
        await ask(page, '人民调解委员会由哪些类型构成?');
        await lastAnswer(page).locator('.answer-chart svg.recharts-surface').waitFor();
        const fills = () => lastAnswer(page).locator('.answer-chart svg text').evaluateAll((els) => els.map((el) => getComputedStyle(el).fill));
        await expect.poll(async () => (await fills()).length).toBeGreaterThan(0);
        expect(new Set(await fills())).toEqual(new Set(['rgb(227, 232, 239)']));
        await settle(page);
        await screenshot(page, `dark-chart-${name}-${lang}`);
        await ask(page, '行政复议审结了多少件?');
        await expect.poll(() => lastAnswer(page).locator('.figure-number').textContent()).toBe('22');
        await ask(page, '审结了多少件?');
        await lastAnswer(page).locator('button.candidate').first().waitFor();
        const bodyBackground = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(await bodyBackground()).toBe('rgb(18, 22, 28)');
        const ratios = await contrasts(page, TEXTS);
        for (const selector of TEXTS) expect(ratios[selector], selector).toBeGreaterThanOrEqual(4.5);
        await settle(page);
        await screenshot(page, `dark-chat-${name}-${lang}`);

        await page.goto(`${session.hub.url}/#/report/ziyun-2024`);
        await page.locator('mark.figure').first().waitFor();
        const report = await contrasts(page, ['.report-text', 'mark.figure', '#report-title', '.outline-link']);
        for (const [selector, ratio] of Object.entries(report)) expect(ratio, selector).toBeGreaterThanOrEqual(4.5);
        await screenshot(page, `dark-report-${name}-${lang}`);

        // Print keeps the light page whatever the screen shows.
        await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
        expect(await bodyBackground()).toBe('rgb(255, 255, 255)');
        await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
        expect(await bodyBackground()).toBe('rgb(244, 246, 249)');
      });
    }
  }
});

it('logs no console errors and throws no page errors', () => {
  expect(session.problems.problems).toEqual([]);
});
