import { describe, expect, it } from 'vitest';
import { RETURN_POINT_KEY, leavesChat, saveReturnPoint, scrollFor, takeReturnPoint } from '../../client/src/lib/return-point.js';

function memory(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('the point the chat was left at', () => {
  it('is kept for links to the report view and the brief, not for questions asked again', () => {
    expect(leavesChat('#/report/ziyun-2024?highlight=2001-2004')).toBe(true);
    expect(leavesChat('#/brief/ziyun-2024')).toBe(true);
    expect(leavesChat('#/ask?q=%E5%AE%A1%E7%BB%93')).toBe(false);
    expect(leavesChat('#/')).toBe(false);
    expect(leavesChat('https://example.org/')).toBe(false);
    expect(leavesChat(null)).toBe(false);
  });

  it('is read back once, then forgotten', () => {
    const store = memory();
    const point = { turnId: 't1', offset: 120.5, href: '#/report/ziyun-2024?highlight=2001-2004' };
    saveReturnPoint(store, point);
    expect(takeReturnPoint(store)).toEqual(point);
    expect(store.data.has(RETURN_POINT_KEY)).toBe(false);
    expect(takeReturnPoint(store)).toBeNull();
  });

  it('ignores what is not a point', () => {
    const store = memory();
    for (const raw of ['nonsense', '{"turnId":1,"offset":0,"href":"#/"}', '{"turnId":"t","offset":null,"href":"#/"}', '[]']) {
      store.setItem(RETURN_POINT_KEY, raw);
      expect(takeReturnPoint(store), raw).toBeNull();
    }
    expect(takeReturnPoint(undefined)).toBeNull();
  });

  it('scrolls the turn back to where it stood, within the page', () => {
    expect(scrollFor(2400, 300, 5000)).toBe(2100);
    expect(scrollFor(200, 300, 5000)).toBe(0);
    expect(scrollFor(6000, 100, 5000)).toBe(5000);
    expect(scrollFor(2400, -150, 5000)).toBe(2550);
  });
});
