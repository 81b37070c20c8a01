/** Start the real hub in-process on an ephemeral port, on a given database. */
import type { MikroORM } from '@mikro-orm/core';
import { readHttpLimits, type HttpLimits } from '../../server/config.js';
import { bootstrap, type Hub } from '../../server/http/app.js';

export interface RunningHub extends Hub {
  orm: MikroORM;
  /** POST /graphql over real HTTP. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: { data?: T; errors?: any } }>;
}

export interface HubOptions {
  seed?: boolean;
  rateLimitPerMinute?: number;
  readCostPerMinute?: number;
  responseCacheMb?: number;
  adminToken?: string;
  http?: Partial<HttpLimits>;
}

export async function startHub(databaseUrl: string, options: HubOptions = {}): Promise<RunningHub> {
  // Suites that ask hundreds of questions or read thousands of pages in a minute would meet the
  // limits; their own tests set them.
  const hub = await bootstrap({
    port: 0, host: '127.0.0.1', databaseUrl, logLevel: 'silent', seed: options.seed ?? true,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 0, readCostPerMinute: options.readCostPerMinute ?? 0,
    http: { ...readHttpLimits({}), ...options.http },
    ...(options.responseCacheMb === undefined ? {} : { responseCacheMb: options.responseCacheMb }),
    ...(options.adminToken === undefined ? {} : { adminToken: options.adminToken }),
  });
  const orm = await hub.ready;
  return {
    ...hub,
    orm,
    async gql(query, variables) {
      const response = await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    },
  };
}
