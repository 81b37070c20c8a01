/**
 * A report's summary in the chat, as a card: headline figures with source links and derived rates,
 * outline, problems, next steps; desktop and phone, both languages, and a Chinese summary read again
 * once the interface is English. Then a rate asked by a near-synonym: both readings, the stated one said.
 */
import { describe, expect, it } from 'vitest';
import { askIn, browserSession, lastAnswer } from './session.js';
import { DESKTOP, PHONE, screenshot } from './support.js';

const session = browserSession();
const CJK = /[\u3400-\u9fff]/;

describe('summary answers', () => {
  it('shows what the report says as a card (desktop, zh)', async () => {
    const page = await session.open('summary desktop zh', '/#/', { viewport: DESKTOP });
    await askIn(page, '紫云的报告讲了什么');
    const card = lastAnswer(page).locator('.summary-card');
    await card.waitFor();
    expect(await card.locator('h3').textContent()).toBe('报告摘要');
    expect(await card.locator('.summary-report-title').textContent()).toBe('紫云自治县2024年度法治政府建设工作报告');
    const values = await card.locator('.summary-figures .overview-value').allTextContents();
    expect(values.slice(0, 2)).toEqual(['39件', '22件']);
    // Each headline figure links to its place in the report.
    expect(await card.locator('.summary-figures a[href^="#/report/ziyun-2024?highlight="]').count()).toBe(values.length);
    // The rates the figures imply, each marked as derived.
    const derived = card.locator('.summary-figures tr.overview-derived');
    expect(await derived.first().locator('td').first().textContent()).toBe('受理率 = 受理 36件 ÷ 收到 39件 = 92.3%');
    expect(await derived.first().locator('.derived-badge').count()).toBe(1);
    expect(await card.getByTestId('summary-outline').locator('li').allTextContents()).toEqual(['工作开展情况及成效', '存在的问题', '下一步工作建议']);
    expect(await card.getByTestId('summary-problems').locator('li').allTextContents()).toEqual(['干部法治素养仍有待提高', '执法装备与业务工作不相匹配']);
    expect(await card.getByTestId('summary-next-steps').locator('li').count()).toBe(3);
    expect(await card.getByTestId('summary-problems').locator('h4').textContent()).toBe('存在的问题');
    expect(await card.getByTestId('summary-missing').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    // A heading opens the report at that heading.
    await card.getByTestId('summary-problems').locator('a').first().click();
    await page.waitForURL(/#\/report\/ziyun-2024\?highlight=\d+-\d+/);
    await page.goBack();
    await lastAnswer(page).locator('.summary-card').waitFor();
    await lastAnswer(page).locator('.summary-card').scrollIntoViewIfNeeded();
    await screenshot(page, 'summary-desktop-zh');
  });

  it('is entirely English in English mode, headings in word-by-word English and the title marked as Chinese (desktop, en)', async () => {
    const page = await session.open('summary desktop en', '/#/', { viewport: DESKTOP, lang: 'en' });
    await askIn(page, 'Summarize the Ziyun report');
    const card = lastAnswer(page).locator('.summary-card');
    await card.waitFor();
    expect(await card.locator('h4').allTextContents()).toEqual(['Headline figures', 'Outline', 'Problems', 'Next steps']);
    expect((await card.locator('.summary-figures .overview-value').allTextContents()).slice(0, 2)).toEqual(['39 cases', '22 cases']);
    expect(await card.locator('.summary-figures tbody tr td:first-child').first().textContent()).toBe('Administrative reconsideration applications received');
    expect(await card.locator('.summary-meta').textContent()).toBe('Ziyun · 2024');
    expect(await card.locator('.summary-figures tr.overview-derived td').first().textContent()).toBe('acceptance rate = accepted 36 ÷ received 39 = 92.3%');
    // Everything but the report's own title (marked lang="zh-CN") is English, the headings too.
    const outside = await card.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[lang="zh-CN"]').forEach((n) => n.remove());
      return copy.textContent ?? '';
    });
    expect(outside).toContain('Report summary');
    expect(outside).not.toMatch(CJK);
    expect(await card.locator('[lang="zh-CN"]').count()).toBeGreaterThan(0);
    const headings = await card.locator('[data-testid="summary-outline"] a').allTextContents();
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) expect(h).not.toMatch(CJK);
    // The reply names the report; its parts are in the card, not repeated above it.
    expect(await lastAnswer(page).locator('.answer-text').textContent()).toBe('Ziyun 2024: “紫云自治县2024年度法治政府建设工作报告” (title in Chinese).');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'summary-desktop-en');
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`fits a 360 px phone screen (phone, ${lang})`, async () => {
      const page = await session.open(`summary phone ${lang}`, '/#/', { viewport: PHONE, lang });
      await askIn(page, lang === 'zh' ? '紫云的报告讲了什么' : 'Summarize the Ziyun report');
      const card = lastAnswer(page).locator('.summary-card');
      await card.waitFor();
      expect(await card.locator('.summary-figures tr.overview-derived').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await card.scrollIntoViewIfNeeded();
      await screenshot(page, `summary-phone-${lang}`);
    });
  }

  it('reads a Chinese summary in English once the interface is: place, figures, rates, headings, reply', async () => {
    const page = await session.open('summary zh then en', '/#/', { viewport: DESKTOP, lang: 'zh' });
    await askIn(page, '紫云的报告讲了什么');
    const card = lastAnswer(page).locator('.summary-card');
    await card.waitFor();
    await page.getByRole('button', { name: 'Switch the interface to English' }).click();
    await expect.poll(() => card.locator('.summary-meta').textContent()).toBe('Ziyun · 2024');
    expect(await card.locator('.summary-figures tr.overview-derived td').first().textContent()).toBe('acceptance rate = accepted 36 ÷ received 39 = 92.3%');
    expect(await lastAnswer(page).locator('.answer-text').textContent()).not.toMatch(/^《/);
    const outside = await lastAnswer(page).evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[lang="zh-CN"], .source-quote, details').forEach((n) => n.remove());
      return copy.textContent ?? '';
    });
    expect(outside.replace('紫云自治县2024年度法治政府建设工作报告', '')).not.toMatch(CJK);
  });
});

describe('a rate asked by a near-synonym', () => {
  for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) for (const lang of ['zh', 'en'] as const) {
    it(`gives the stated rate and the derived one, and says which the report states (${name}, ${lang})`, async () => {
      const page = await session.open(`rate pair ${name} ${lang}`, '/#/', { viewport, lang });
      await askIn(page, lang === 'zh' ? '复议结案率是多少' : 'What is the reconsideration closure rate?');
      const card = lastAnswer(page);
      await expect.poll(() => card.locator('.answer-text').textContent()).toMatch(lang === 'zh' ? /报告给出的是.*100%.*61\.1%/ : /The report states .*100%.*61\.1%/);
      expect(await card.locator('.derivation code').textContent()).toMatch(/22.*÷.*36.*61\.1%/);
    });
  }
});

it('logs no console errors and throws no page errors', () => {
  expect(session.problems.problems).toEqual([]);
});
