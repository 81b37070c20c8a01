import type { MikroORM } from '@mikro-orm/core';
import { HubQueries } from '../query/hub-queries.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface HubContext {
  queries: HubQueries;
  loaders: Loaders;
}

/** A fresh unit of work per request: no identity map or loader cache is shared between requests. */
export function createContext(orm: MikroORM): HubContext {
  const queries = new HubQueries(orm.em.fork());
  return { queries, loaders: createLoaders(queries) };
}
