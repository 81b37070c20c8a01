/** Opaque page cursors: the metric's sort key, base64url-encoded. */
import { UserInputError } from '../errors.js';

export function encodeCursor(sortKey: string): string {
  return Buffer.from(sortKey, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const sortKey = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[a-z0-9-]+:\d{9}$/.test(sortKey)) {
    throw new UserInputError('`after` is not a cursor returned by this API; pass an endCursor or an edge cursor from a previous page', 'after');
  }
  return sortKey;
}
