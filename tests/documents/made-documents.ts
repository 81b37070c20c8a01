/**
 * The reports of tests/fixtures/reports-dev made into the files an analyst receives: a saved
 * government web page (breadcrumb, info bar, 字号 switch, share buttons, footer around the report),
 * a Word document (the docx package), a PDF with Chinese text (printed by Debian's Chromium with
 * fonts-noto-cjk), GBK text; and the bad ones: a PDF without a text layer (as a scan is), a corrupt
 * .docx. Made in the tests, so no binary fixture is committed and each can be traced to its text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import type { Browser } from 'playwright-core';
import { ROOT } from '../e2e/support.js';

export const REPORTS_DEV = join(ROOT, 'tests', 'fixtures', 'reports-dev');

export interface DevReport {
  file: string;
  text: string;
  region: string;
  year: number;
  title: string;
}

/** The eight real excerpts with the region, year and title manifest.tsv gives to ingest them with. */
export function devReports(): DevReport[] {
  const rows = readFileSync(join(REPORTS_DEV, 'manifest.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const files = new Set(readdirSync(REPORTS_DEV));
  return rows.filter(([file]) => files.has(file)).map(([file, region, year, title]) => ({
    file, region, year: Number(year), title, text: readFileSync(join(REPORTS_DEV, file), 'utf8'),
  }));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphsOf = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');

/**
 * The report as a county site serves it: navigation, breadcrumb, the title in <h1>, an info bar
 * with 发布时间/来源/浏览次数, a 字号 switch, the report's lines as paragraphs, share buttons, a
 * footer — and the report's own lines as published (furniture included) inside the article.
 */
export function savedPage(report: DevReport, info = { date: '2025年03月28日 16:52', source: '某某县司法局' }): string {
  const lines = paragraphsOf(report.text);
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(report.title)}_${escapeHtml(report.region)}人民政府</title>
<meta name="PubDate" content="2025-03-28 16:52"><meta name="ContentSource" content="${escapeHtml(info.source)}">
<style>body{font-family:sans-serif}</style><script>var _hmt = _hmt || [];</script></head>
<body>
<div class="top"><a href="#">无障碍</a> <a href="#">简体</a>| <a href="#">繁体</a> <a href="#">长者模式</a></div>
<div class="nav"><ul><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">走进${escapeHtml(report.region)}</a></li></ul></div>
<div class="crumb">当前位置: <a href="#">首页</a> &gt; <a href="#">专题专栏</a> &gt; <a href="#">法治建设</a></div>
<div class="main">
<h1>${escapeHtml(report.title)}</h1>
<div class="info">发布时间:${info.date} 来源:${escapeHtml(info.source)} 浏览次数:<span id="views">1024</span></div>
<div class="size">字号:[ <a href="#">小</a> <a href="#">中</a> <a href="#">大</a> ]</div>
<div class="article" id="zoom">
${lines.map((l) => `<p style="text-indent:2em">${escapeHtml(l)}</p>`).join('\n')}
</div>
<div class="share">分享到: <a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
<div class="footer"><p>主办单位:${escapeHtml(report.region)}人民政府办公室 承办单位:${escapeHtml(report.region)}大数据中心</p>
<p>网站标识码:4106210001 ICP备05001234号-1 公网安备 41062102000123号</p><p>版权所有 © ${escapeHtml(report.region)}人民政府</p></div>
</body></html>`;
}

/** The report as Word writes it: one paragraph per line, in a CJK font. */
export async function wordDocument(report: DevReport): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: paragraphsOf(report.text).map((l) => new Paragraph({ children: [new TextRun({ text: l, font: 'SimSun' })] })) }],
  });
  return Packer.toBuffer(doc);
}

/** A .docx cut short: the zip signature is there, its directory is not. */
export async function corruptWordDocument(report: DevReport): Promise<Buffer> {
  const whole = await wordDocument(report);
  return whole.subarray(0, Math.floor(whole.length / 2));
}

/** The report in GBK, or GB18030 for a text with characters GBK lacks (•). */
export function gbkText(report: DevReport): { bytes: Buffer; encoding: 'gbk' | 'gb18030' } {
  const gbk = iconv.encode(report.text, 'gbk');
  if (iconv.decode(gbk, 'gbk') === report.text) return { bytes: gbk, encoding: 'gbk' };
  return { bytes: iconv.encode(report.text, 'gb18030'), encoding: 'gb18030' };
}

/**
 * The report with its title on top: an excerpt saved without its title line gets it (a saved page,
 * a Word file, a PDF all have one), so every format holds the same report.
 */
export function withTitle(report: DevReport): DevReport {
  const first = report.text.split('\n').map((l) => l.trim()).find((l) => l !== '' ) ?? '';
  const titled = report.text.split('\n').slice(0, 12).some((l) => l.includes(report.title) || (l.trim().length > 8 && report.title.includes(l.trim())));
  return titled || first === report.title ? report : { ...report, text: `${report.title}\n${report.text}` };
}

/**
 * The report printed to PDF by Chromium (A4, wrapped at the page's width, several pages): with
 * space between paragraphs, or, as Word exports often are, with none and a first-line indent.
 */
export async function printedPdf(browser: Browser, report: DevReport, layout: 'spaced' | 'indented' = 'spaced'): Promise<Buffer> {
  const page = await browser.newPage();
  const paragraph = layout === 'spaced' ? 'margin: 0 0 0.6em;' : 'margin: 0; text-indent: 2em;';
  try {
    await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
      body { font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", sans-serif; font-size: 14pt; line-height: 1.6; }
      p { ${paragraph} white-space: pre-wrap; }</style></head><body>
      ${paragraphsOf(report.text).map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}</body></html>`);
    return await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
  } finally {
    await page.close();
  }
}

/** A "scanned" page: a PDF with shapes where the text would be, and no text layer at all. */
export async function scannedPdf(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(`<!doctype html><html><body>${Array.from({ length: 30 }, (_, i) =>
      `<div style="height:10px;margin:14px 0;background:#333;width:${60 + (i * 7) % 35}%"></div>`).join('')}</body></html>`);
    return await page.pdf({ format: 'A4' });
  } finally {
    await page.close();
  }
}
