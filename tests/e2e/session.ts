/**
 * One browser session per test file: the hub on a throwaway SQLite file (the bundled report
 * seeded, more added by `prepare`), Chromium, pages opened in either language, closed afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { bootstrap, type Hub } from '../../server/http/app.js';
import { DESKTOP, PageProblems, ensureClientBuilt, launchBrowser, newPage } from './support.js';

export interface OpenOptions {
  viewport?: { width: number; height: number };
  lang?: 'zh' | 'en';
  /** Console errors the test causes on purpose. */
  allowed?: RegExp;
}

export interface BrowserSession {
  readonly hub: Hub;
  readonly problems: PageProblems;
  open(label: string, path: string, options?: OpenOptions): Promise<Page>;
}

export interface SessionOptions {
  /** ADMIN_TOKEN of the hub, for tests of admin pages. */
  adminToken?: string;
}

export function browserSession(prepare?: (orm: MikroORM) => Promise<unknown>, options: SessionOptions = {}): BrowserSession {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-e2e-'));
  const problems = new PageProblems();
  const opened: { close(): Promise<void> }[] = [];
  let hub: Hub | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    // Built first: the hub serves client/dist at / when it is there at start.
    ensureClientBuilt();
    hub = await bootstrap({ port: 0, host: '127.0.0.1', databaseUrl: `sqlite:${join(dataDir, 'hub.sqlite')}`, logLevel: 'silent', ...(options.adminToken ? { adminToken: options.adminToken } : {}) });
    const orm = await hub.ready;
    await prepare?.(orm);
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    for (const context of opened) await context.close().catch(() => {});
    await browser?.close();
    await hub?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    get hub() {
      return hub!;
    },
    problems,
    async open(label, path, options = {}) {
      const { context, page } = await newPage(browser!, problems, label, { viewport: options.viewport ?? DESKTOP, allowed: options.allowed });
      opened.push(context);
      // The panel remembers the language in localStorage (LanguageProvider).
      if (options.lang === 'en') await context.addInitScript(() => localStorage.setItem('rule-of-law-hub.lang', 'en'));
      await page.goto(`${hub!.url}${path}`);
      return page;
    },
  };
}

/** The answer card of the newest turn. */
export const lastAnswer = (page: Page) => page.locator('.turn').last().locator('.answer-card');

/** Types a question into the chat's box and sends it with Enter. */
export async function askIn(page: Page, question: string): Promise<void> {
  const box = page.getByLabel(/您的问题|Your question/);
  await box.fill(question);
  await box.press('Enter');
}
