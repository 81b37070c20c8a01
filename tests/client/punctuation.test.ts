/**
 * Chinese interface text uses full-width punctuation (，：？（）), never the half-width forms between
 * Chinese characters: every Chinese message, and every string a client source writes (literals,
 * template text, JSX text; comments and regular expressions are not text a reader sees).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS, translate } from '../../client/src/lib/i18n.js';
import { tentativeMark } from '../../client/src/lib/label-confidence.js';

const ROOT = join(import.meta.dirname, '../..');
const SOURCES = join(ROOT, 'client/src');

/** A Chinese character or full-width mark (not “”…, which English uses too), then a half-width , : ? ( ), or the other way round. */
const CJK = '[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]';
const HALF_WIDTH = new RegExp(`${CJK}[,:?()]|[,:?()]${CJK}`);

export function halfWidthIn(text: string): string | null {
  return HALF_WIDTH.exec(text)?.[0] ?? null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // gql/ is generated from the schema, whose descriptions are not interface text.
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The text pieces a source file writes: string literals, template text and JSX text. */
function textsOf(path: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: { text: string; line: number }[] = [];
  const add = (node: ts.Node, text: string) => out.push({ text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) add(node, node.text);
    else if (ts.isJsxText(node)) add(node, node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('Chinese punctuation in the interface', () => {
  it('finds half-width marks between Chinese characters, and only there', () => {
    expect(halfWidthIn('例如:行政复议审结了多少件?')).toBe('如:');
    expect(halfWidthIn('出处,以及得出它的查询')).toBe('处,');
    expect(halfWidthIn('培训学员(人)')).toBe('员(');
    expect(halfWidthIn('哪个多?')).toBe('多?');
    expect(halfWidthIn('例如：行政复议审结了多少件？')).toBeNull();
    expect(halfWidthIn('Enter 发送，Shift+Enter 换行')).toBeNull();
    expect(halfWidthIn('e.g. How many (cases)?')).toBeNull();
  });

  it('has none in the Chinese messages', () => {
    for (const key of MESSAGE_KEYS) expect(halfWidthIn(translate('zh', key, { n: 3, label: '行政复议案件审结数', file: 'a.txt' })), key).toBeNull();
    expect(halfWidthIn(tentativeMark('zh'))).toBeNull();
  });

  it('has none in the text the client sources write', () => {
    const found: string[] = [];
    for (const path of sourceFiles(SOURCES)) {
      for (const { text, line } of textsOf(path)) {
        const hit = halfWidthIn(text);
        if (hit) found.push(`${relative(ROOT, path)}:${line} ${hit} in ${JSON.stringify(text)}`);
      }
    }
    expect(found).toEqual([]);
  });
});
