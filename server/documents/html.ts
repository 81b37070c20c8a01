/**
 * A saved web page to the report's text. Readability (the library behind Firefox's reader view)
 * finds the article and leaves the site's navigation, sidebars and footer behind; what furniture
 * stays inside the article (an info bar, a 字号 switch) goes in furniture.ts like that of any text.
 * The page's info bar is often outside the article, so the date and publisher are also read from
 * the whole page and from the <meta> tags Chinese government sites carry (PubDate, ContentSource).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DocumentError } from './errors.js';
import { stripFurniture, type PageMetadata } from './furniture.js';

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY',
  'TD', 'TH', 'TR', 'UL']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);

interface DomNode { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> }

/** The text of a node with a line break around every block element, as a browser lays it out. */
function blockText(node: DomNode): string {
  // The source's line breaks and indentation are layout; spaces the author typed (中共某县县委  某县人民政府) stay.
  if (node.nodeType === 3) return (node.textContent ?? '').replace(/[ \t]*[\r\n]+[ \t\r\n]*/g, ' ');
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return '';
  if (SKIPPED.has(node.nodeName)) return '';
  let inner = '';
  for (const child of Array.from(node.childNodes)) inner += blockText(child);
  return BLOCKS.has(node.nodeName) ? `\n${inner}\n` : inner;
}

function metaContent(document: Document, names: string[]): string | undefined {
  for (const name of names) {
    const value = document.querySelector(`meta[name="${name}" i]`)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

function metaTags(document: Document): PageMetadata {
  const out: PageMetadata = {};
  const date = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(metaContent(document, ['PubDate', 'publishdate', 'firstpublishedtime', 'article:published_time']) ?? '');
  if (date) out.publishedOn = `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}`;
  const source = metaContent(document, ['ContentSource', 'source']);
  if (source && /[\u4e00-\u9fff]/.test(source)) out.publisher = source;
  return out;
}

export function htmlText(html: string, fileName: string): { text: string; metadata: PageMetadata; warnings: string[] } {
  const page = parseHTML(html).document as unknown as Document;
  const pageBody = page.body as unknown as DomNode | null;
  if (!pageBody) throw new DocumentError(`${fileName} is not an HTML page`);
  const whole = stripFurniture(blockText(pageBody));
  const metadata: PageMetadata = { ...metaTags(page), ...whole.metadata };
  // Readability changes the document it reads: give it its own copy.
  const article = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 200 }).parse();
  const warnings: string[] = [];
  let text: string;
  if (article?.content) {
    text = blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document as unknown as DomNode);
  } else {
    warnings.push(`${fileName}: no article found in the page; its whole text was read`);
    text = whole.text;
  }
  // The title is often the page's <h1> or <title>, outside the article: put it back on top.
  const heading = (page.querySelector('h1')?.textContent ?? article?.title ?? '').replace(/\s+/g, ' ').trim();
  const firstLine = stripFurniture(text).text.split('\n')[0];
  if (heading && /[\u4e00-\u9fff]/.test(heading) && !firstLine.includes(heading) && !heading.includes(firstLine)) text = `${heading}\n${text}`;
  return { text, metadata, warnings };
}
