/**
 * Where a reader left the chat for a link (a source in the report view, the brief): the turn, how
 * far from the top of the window it stood, and the link. Coming back, the chat puts that turn where
 * it was and the focus on that link, instead of starting at the top or at the newest answer.
 */
export interface ReturnPoint {
  turnId: string;
  /** The turn's top, in CSS pixels from the top of the window, when the link was followed. */
  offset: number;
  /** The link's href, to focus it again. */
  href: string;
}

export const RETURN_POINT_KEY = 'rule-of-law-hub.chat-return.v1';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Links that leave the chat for another page of the panel: #/report/…, #/brief/… (not #/ask, which stays). */
export function leavesChat(href: string | null | undefined): boolean {
  return !!href && /^#\/(report|brief)\//.test(href);
}

export function saveReturnPoint(store: Store | undefined, point: ReturnPoint): void {
  try {
    store?.setItem(RETURN_POINT_KEY, JSON.stringify(point));
  } catch {
    // Storage disabled: coming back starts at the newest answer, as without this.
  }
}

/** The point saved, once: it is forgotten as it is read, so a later visit starts afresh. */
export function takeReturnPoint(store: Store | undefined): ReturnPoint | null {
  try {
    const raw = store?.getItem(RETURN_POINT_KEY);
    store?.removeItem(RETURN_POINT_KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (!value || typeof value !== 'object') return null;
    const { turnId, offset, href } = value as Partial<ReturnPoint>;
    if (typeof turnId !== 'string' || typeof href !== 'string' || typeof offset !== 'number' || !Number.isFinite(offset)) return null;
    return { turnId, offset, href };
  } catch {
    return null;
  }
}

/** The window's scroll position that puts a turn whose top is at `turnTop` (page coordinates) `offset` from the top. */
export function scrollFor(turnTop: number, offset: number, maxScroll: number): number {
  return Math.min(Math.max(0, Math.round(turnTop - offset)), Math.max(0, maxScroll));
}
