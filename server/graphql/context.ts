import { createHash, timingSafeEqual } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { AskService } from '../ask/ask.service.js';
import { HubQueries } from '../query/hub-queries.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface HubContext {
  /** For writes (admin mutations); reads go through `queries`. */
  orm: MikroORM;
  queries: HubQueries;
  loaders: Loaders;
  ask: AskService;
  isAdmin: boolean;
}

/**
 * Constant-time comparison of the bearer token with ADMIN_TOKEN; no token configured, no admin.
 * The scheme's name is case-insensitive (RFC 7235 §2.1): `bearer x` is `Bearer x`.
 */
export function isAdminToken(authorization: string | undefined, adminToken: string | undefined): boolean {
  const credentials = /^bearer[ \t]+(.+)$/i.exec(authorization?.trim() ?? '');
  if (!adminToken || !credentials) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(credentials[1].trim()), digest(adminToken));
}

/** A fresh unit of work per request: no identity map or loader cache is shared between requests. */
export function createContext(orm: MikroORM, ask: AskService, options: { authorization?: string; adminToken?: string } = {}): HubContext {
  const queries = new HubQueries(orm.em.fork());
  return { orm, queries, loaders: createLoaders(queries), ask, isAdmin: isAdminToken(options.authorization, options.adminToken) };
}
