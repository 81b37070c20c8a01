/** Hash routes, so the server needs no route fallback: #/, #/ask?q=…, #/report/<id>?highlight=s-e, #/brief/<id>, #/upload. */
import type { Span } from './types.js';

export type Route =
  | { page: 'chat' }
  | { page: 'report'; reportId: string; highlight: Span | null }
  | { page: 'brief'; reportId: string }
  | { page: 'upload' }
  /** A shared link: the chat, asking `question` once. */
  | { page: 'ask'; question: string };

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  const params = new URLSearchParams(search);
  if (parts[0] === 'report' && parts[1]) return { page: 'report', reportId: parts[1], highlight: parseSpan(params.get('highlight')) };
  if (parts[0] === 'brief' && parts[1]) return { page: 'brief', reportId: parts[1] };
  if (parts[0] === 'upload') return { page: 'upload' };
  if (parts[0] === 'ask' && params.get('q')?.trim()) return { page: 'ask', question: params.get('q')!.trim() };
  return { page: 'chat' };
}

export function parseSpan(value: string | null): Span | null {
  const match = /^(\d+)-(\d+)$/.exec(value ?? '');
  if (!match) return null;
  const span = { start: Number(match[1]), end: Number(match[2]) };
  return span.end > span.start ? span : null;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function chatHref(): string {
  return '#/';
}

export function reportHref(reportId: string, highlight?: Span | null): string {
  const base = `#/report/${encodeURIComponent(reportId)}`;
  return highlight ? `${base}?highlight=${highlight.start}-${highlight.end}` : base;
}

export function briefHref(reportId: string): string {
  return `#/brief/${encodeURIComponent(reportId)}`;
}

export function uploadHref(): string {
  return '#/upload';
}

/** A link that asks a question again: #/ask?q=… (the whole URL, to share, with `base`). */
export function askHref(question: string, base = ''): string {
  return `${base}#/ask?q=${encodeURIComponent(question)}`;
}
