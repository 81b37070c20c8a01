/**
 * One report, five formats, one result: the excerpts of tests/fixtures/reports-dev made into a saved
 * government page, a .docx, a PDF printed by Chromium and GBK text give the same stored text, the
 * same figures at the same spans with the same quotes, and the same outline as the plain text. And
 * the files a reader cannot use — a scan without text, a broken .docx — are refused, clearly.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentError, readDocument } from '../../server/documents/index.js';
import { parseReport } from '../../server/ingest/report.js';
import { launchBrowser } from '../e2e/support.js';
import {
  corruptWordDocument, devReports, gbkText, printedPdf, savedPage, scannedPdf, withTitle, wordDocument, type DevReport,
} from './made-documents.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const reports = devReports().map(withTitle);

/** What the hub would store for the report: text, figures with span and quote, the outline. */
function stored(text: string, report: DevReport, metadata = {}) {
  const parsed = parseReport(text, { metadata: { ...metadata, region: report.region, year: report.year } });
  return {
    text: parsed.text,
    title: parsed.metadata.title,
    figures: parsed.figures.map((f) => ({ value: f.value, unit: f.unit, span: f.span, text: parsed.text.slice(f.span.start, f.span.end), quote: f.quote })),
    outline: parsed.sections.map((s) => `${s.path} ${s.marker}${s.heading}`),
  };
}

const FURNITURE = ['当前位置', '首页 >', '字号', '浏览次数', '发布时间', '分享到', '无障碍', '繁体', '打印本页', '关闭窗口', '版权所有', 'ICP备', '主办单位', '网站标识码'];

it('has the eight excerpts to work on, all but those with characters GBK lacks (•) written as GBK proper', () => {
  expect(reports).toHaveLength(8);
  expect(reports.filter((r) => gbkText(r).encoding === 'gbk').length).toBeGreaterThanOrEqual(6);
});

describe.each(reports.map((r) => [r.file, r] as const))('%s', (_, report) => {
  const plain = () => stored(report.text, report);
  // A PDF keeps no run of typed spaces (中共浚县县委  浚县人民政府): the same report with such runs as one space.
  const plainAsPdf = () => stored(report.text.replace(/ {2,}/g, ' '), report);

  it('as a saved web page: the same text, figures, spans, quotes and outline, and no furniture', async () => {
    const html = savedPage(report);
    expect(html).toContain('浏览次数');
    const doc = await readDocument(Buffer.from(html), 'report.html');
    expect(doc.format).toBe('HTML');
    const page = stored(doc.text, report, doc.metadata);
    expect(page).toEqual(plain());
    for (const word of FURNITURE) expect(page.text, word).not.toContain(word);
  });

  it('as a .docx: the same text, figures, spans, quotes and outline', async () => {
    const doc = await readDocument(await wordDocument(report), 'report.docx');
    expect(doc.format).toBe('DOCX');
    expect(stored(doc.text, report, doc.metadata)).toEqual(plain());
  });

  it('as a PDF printed by Chromium, paragraphs spaced: the same text, figures, spans, quotes and outline', async () => {
    const doc = await readDocument(await printedPdf(browser, report, 'spaced'), 'report.pdf');
    expect(doc.format).toBe('PDF');
    expect(stored(doc.text, report, doc.metadata)).toEqual(plainAsPdf());
  });

  it('as a PDF with indented paragraphs and no spacing: the same text', async () => {
    const doc = await readDocument(await printedPdf(browser, report, 'indented'), 'report.pdf');
    expect(stored(doc.text, report, doc.metadata)).toEqual(plainAsPdf());
  });

  it('as GBK text: converted, the same text, and a warning that says how it was read', async () => {
    const { bytes } = gbkText(report);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const doc = await readDocument(bytes, 'report.txt');
    expect(doc.warnings).toContain('report.txt: read as GB18030');
    expect(stored(doc.text, report, doc.metadata)).toEqual(plain());
  });
});

describe('page furniture becomes metadata', () => {
  const xunxian = reports.find((r) => r.file === 'xunxian_2024.txt')!;

  it('reads 发布时间 and 来源 of the info bar as the date and the publisher', async () => {
    const doc = await readDocument(Buffer.from(savedPage(xunxian, { date: '2025年03月28日 16:52', source: '浚县司法局' })), 'xunxian.html');
    expect(doc.metadata).toEqual({ publishedOn: '2025-03-28', publisher: '浚县司法局' });
    const parsed = parseReport(doc.text, { metadata: { ...doc.metadata, region: xunxian.region, year: xunxian.year } });
    expect([parsed.metadata.title, parsed.metadata.publishedOn, parsed.metadata.publisher])
      .toEqual(['中共浚县县委 浚县人民政府关于2024年法治政府建设情况的报告', '2025-03-28', '浚县司法局']);
  });

  it('reads the date of a page whose info bar is outside the article from the whole page', async () => {
    const langxi = reports.find((r) => r.file === 'langxi_2024.txt')!;
    const doc = await readDocument(Buffer.from(savedPage(langxi, { date: '2025-01-20 09:00', source: '郎溪县司法局' })), 'langxi.html');
    expect(doc.metadata).toEqual({ publishedOn: '2025-01-20', publisher: '郎溪县司法局' });
  });

  it('says which lines of furniture it dropped', async () => {
    const doc = await readDocument(Buffer.from(xunxian.text), 'xunxian.txt');
    expect(doc.warnings.join('\n')).toMatch(/2 lines of page furniture dropped: 当前位置: 首页 > 专题专栏 > 法治建设 \| 发布时间/);
  });
});

describe('files that cannot be read are refused with one clear message', () => {
  const refusal = async (bytes: Uint8Array, name: string) => {
    const error = await readDocument(bytes, name).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    return (error as Error).message;
  };

  it('a PDF without a text layer (a scan)', async () => {
    expect(await refusal(await scannedPdf(browser), 'scan.pdf')).toMatch(/^scan\.pdf has no text layer \(1 page, a scan\?\): run OCR on it/);
  });

  it('a corrupt .docx', async () => {
    expect(await refusal(await corruptWordDocument(reports[0]), 'broken.docx')).toMatch(/^broken\.docx is not a readable \.docx file/);
  });

  it('a file named .pdf that is not a PDF, and a .docx that is not a zip', async () => {
    expect(await refusal(Buffer.from(reports[0].text), 'fake.pdf')).toBe('fake.pdf is not a PDF file');
    expect(await refusal(Buffer.from(reports[0].text), 'fake.docx')).toMatch(/^fake\.docx is not a \.docx file/);
  });

  it('a .doc, an image, a file without extension', async () => {
    expect(await refusal(Buffer.from('x'), 'old.doc')).toMatch(/"\.doc" files are not read; ingest \.txt, \.html\/\.htm, \.docx or \.pdf \(save a \.doc as \.docx\)/);
    expect(await refusal(Buffer.from('x'), 'scan.png')).toMatch(/"\.png" files are not read/);
    expect(await refusal(Buffer.from('x'), 'README')).toMatch(/no file extension/);
  });

  it('bytes that are neither UTF-8 nor GB18030 text', async () => {
    expect(await refusal(new Uint8Array([0x81, 0x30, 0xff, 0xff, 0x00, 0x80]), 'binary.txt')).toMatch(/neither UTF-8 nor GBK\/GB18030/);
  });
});
