/**
 * For the browser tests: build the client when its sources are newer than client/dist, and drive
 * Debian's Chromium (/usr/bin/chromium; never a downloaded browser) with playwright-core.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Runs npm run build:client unless client/dist/index.html is newer than every client source. */
export function ensureClientBuilt(): void {
  const built = join(ROOT, 'client', 'dist', 'index.html');
  const sources = ['client/src', 'client/index.html', 'client/vite.config.ts'].map((p) => join(ROOT, p));
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  execFileSync('npm', ['run', '--silent', 'build:client'], { cwd: ROOT, stdio: 'pipe' });
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get update && apt-get install -y chromium)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 740 };

/** Console errors and uncaught page errors, gathered over every page a test file opens. */
export class PageProblems {
  readonly problems: string[] = [];

  /** `allowed`: console errors a test causes on purpose (a request it aborts). */
  watch(page: Page, label: string, allowed?: RegExp): Page {
    page.on('console', (message) => {
      if (message.type() !== 'error' || allowed?.test(message.text())) return;
      this.problems.push(`${label}: console.error ${message.text()}`);
    });
    page.on('pageerror', (error) => this.problems.push(`${label}: pageerror ${error.message}`));
    // What a failed request said, so that a console error about it can be acted on.
    page.on('response', async (response) => {
      if (response.status() < 400) return;
      const body = await response.text().catch(() => '');
      this.problems.push(`${label}: HTTP ${response.status()} ${response.request().method()} ${response.url()} ${body.slice(0, 300)}`);
    });
    return page;
  }
}

export async function newPage(
  browser: Browser,
  problems: PageProblems,
  label: string,
  options: { viewport?: { width: number; height: number }; allowed?: RegExp } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, locale: 'zh-CN', acceptDownloads: true });
  const page = problems.watch(await context.newPage(), label, options.allowed);
  return { context, page };
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** Waits for smooth scrolling to come to rest. */
export async function settle(page: Page): Promise<void> {
  let last = -1;
  for (;;) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) return;
    last = y;
    await page.waitForTimeout(150);
  }
}
