/**
 * The bundled 紫云 2024 report seeded into a throwaway in-memory SQLite database, with the ask
 * service's figure index built over it — the same route the running hub takes.
 */
import 'reflect-metadata';
import { afterAll, beforeAll } from 'vitest';
import type { Answer } from '../../server/ask/answer.type.js';
import { ingestReport } from '../../server/ingest/ingest.service.js';
import type { MikroORM } from '@mikro-orm/core';
import type { FigureIndex } from '../../server/ask/figure-index.js';
import { AskService } from '../../server/ask/ask.service.js';
import { openDatabase } from '../../server/db/orm.js';
import { seedBundledReports } from '../../server/ingest/seed.js';
import { HubQueries } from '../../server/query/hub-queries.js';

export interface Seeded {
  orm: MikroORM;
  queries: HubQueries;
  ask: AskService;
  index: FigureIndex;
}

export async function seeded(): Promise<Seeded> {
  const orm = await openDatabase('sqlite::memory:');
  await seedBundledReports(orm);
  const queries = new HubQueries(orm.em.fork());
  const ask = new AskService();
  const index = await ask.index(queries);
  return { orm, queries, ask, index };
}

/** The stored id of a figure of the seed report, from its catalog key. */
export const id = (key: string) => `ziyun-2024/${key}`;

/**
 * A hub of the bundled report and the given reports (text, place, year; the title is the first line),
 * made before a file's tests and closed after them: its `ask` (in a conversation when one is given).
 */
export function hubWithReports(reports: () => { text: string; region: string; year: number }[], timeout = 60_000): (q: string, conversation?: { id: string; owner: string }) => Promise<Answer> {
  let hub: Seeded | undefined;
  beforeAll(async () => {
    hub = await seeded();
    for (const { text, region, year } of reports()) {
      await ingestReport(hub.orm.em.fork(), { text, metadata: { region, year, title: text.split('\n')[0] } });
    }
  }, timeout);
  afterAll(async () => {
    await hub?.orm.close();
  });
  return (q: string, conversation?: { id: string; owner: string }) => hub!.ask.ask(q, new HubQueries(hub!.orm.em.fork()), conversation);
}
