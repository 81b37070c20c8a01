/**
 * The one-page brief in headless Chromium: key figures by the documented rule, derived rates with
 * formulas, problems and next steps, places among other reports, a printed PDF of exactly one A4
 * page (appendix left out) at desktop and phone width in both languages, Word and Markdown exports.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ingestMoreReports } from '../support/more-reports.js';
import { browserSession } from './session.js';
import { DESKTOP, PHONE, SCREENSHOTS, screenshot } from './support.js';

const session = browserSession((orm) => ingestMoreReports(() => orm.em.fork()));

async function open(label: string, path: string, viewport = DESKTOP, lang: 'zh' | 'en' = 'zh'): Promise<Page> {
  const page = await session.open(label, path, { viewport, lang });
  await page.locator('.brief-figure').first().waitFor();
  return page;
}

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

async function printedPages(page: Page, withAppendix: boolean): Promise<number> {
  const option = page.locator('.brief-print-option input');
  if ((await option.isChecked()) !== withAppendix) await option.click();
  return pageCount(await page.pdf({ format: 'A4' }));
}

describe('brief', () => {
  it('opens with the core funnels, derived rates with formulas, problems and next steps, and places among reports', async () => {
    const page = await open('brief zh', '/#/brief/ziyun-2024');
    const figures = page.locator('.brief-key-figures .brief-figure');
    const count = await figures.count();
    expect(count).toBeGreaterThanOrEqual(6);
    expect(count).toBeLessThanOrEqual(8);
    expect(await figures.first().locator('.brief-topic-name').textContent()).toBe('行政复议');
    expect(await figures.first().locator('.brief-value').textContent()).toBe('39件');
    // The old brief opened with 学习贯彻习近平法治思想 64次.
    expect(await page.locator('.brief-key-figures').textContent()).not.toContain('64次');
    expect(await figures.first().locator('.brief-place').textContent()).toMatch(/在载有此项的 \d 份报告中居第 \d/);

    const rates = await page.locator('.brief-rate').allTextContents();
    expect(rates.join('\n')).toContain('受理率 = 受理 36件 ÷ 收到 39件 = 92.3%');
    expect(rates.join('\n')).toContain('审结率 = 审结 22件 ÷ 受理 36件 = 61.1%');
    expect(await page.locator('.brief-rate .derived-badge').count()).toBe(rates.length);

    const lines = await page.locator('.brief-line').allTextContents();
    expect(lines[0]).toMatch(/^存在的问题：干部法治素养仍有待提高；执法装备与业务工作不相匹配/);
    expect(lines[1]).toMatch(/^下一步：持续提升行政执法能力水平/);
    // The appendix holds every figure.
    expect(await page.locator('.brief-appendix-topic li').count()).toBe(88);
    await screenshot(page, 'brief-desktop', true);
  });

  for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    for (const lang of ['zh', 'en'] as const) {
      it(`prints on one A4 page without the appendix, and on more with it (${name}, ${lang})`, async () => {
        const page = await open(`brief print ${name} ${lang}`, '/#/brief/ziyun-2024', viewport, lang);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
        if (lang === 'en') {
          expect(await page.locator('h1').textContent()).toBe('Ziyun 2024 · Brief');
          expect(await page.locator('.brief-figure').first().locator('.brief-place').textContent()).toMatch(/^\d(st|nd|rd|th) of \d reports stating it/);
          expect(await page.locator('.brief-rate').first().textContent()).toContain('acceptance rate = accepted 36 ÷ received 39 = 92.3%');
        }
        await screenshot(page, `brief-${name}-${lang}`);
        expect(await printedPages(page, false)).toBe(1);
        expect(await printedPages(page, true)).toBeGreaterThan(1);
        if (name === 'desktop' && lang === 'zh') {
          await page.locator('.brief-print-option input').uncheck();
          await page.emulateMedia({ media: 'print' });
          await page.setViewportSize({ width: 794, height: 1123 });
          await screenshot(page, 'brief-print-a4');
          await page.pdf({ path: `${SCREENSHOTS}/../brief.pdf`, format: 'A4' });
        }
      });
    }
  }

  it('never headlines an automatic label the labeller was unsure of, and marks such labels in the appendix', async () => {
    const page = await open('brief unsure', '/#/brief/wangmo-2023');
    expect(await page.locator('.brief-key-figures .unsure-badge').count()).toBe(0);
    expect(await page.locator('.brief-appendix .is-unsure').count()).toBeGreaterThan(0);
  });

  it('picks another report from the picker', async () => {
    const page = await open('brief picker', '/#/brief/ziyun-2024');
    await page.getByLabel('选择报告').selectOption('jinping-2024');
    await expect.poll(() => page.locator('h1').textContent()).toBe('金平 2024 · 要点简报');
    expect(page.url()).toContain('#/brief/jinping-2024');
  });

  it('exports Word and Markdown with the same content', async () => {
    const page = await open('brief export', '/#/brief/ziyun-2024');
    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Word' }).click()]);
    expect(word.suggestedFilename()).toBe('ziyun-2024-brief.docx');
    const xml = execFileSync('unzip', ['-p', (await word.path())!, 'word/document.xml']).toString('utf8');
    expect(xml).toContain('紫云 2024 · 要点简报');
    expect(xml).toContain('受理率 = 受理 36件 ÷ 收到 39件 = 92.3%');
    expect(xml).toContain('干部法治素养仍有待提高');

    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Markdown' }).click()]);
    expect(md.suggestedFilename()).toBe('ziyun-2024-brief.md');
    const markdown = readFileSync((await md.path())!, 'utf8');
    expect(markdown).toMatch(/^# 紫云 2024 · 要点简报\n/);
    expect(markdown).toContain('- **39件** 收到的行政复议申请数 (在载有此项的');
    expect(markdown).toContain('## 附录：全部数据');
  });
});

it('logs no console errors and throws no page errors', () => {
  expect(session.problems.problems).toEqual([]);
});
