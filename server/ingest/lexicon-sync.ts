/** Topics and measures live in seeds/lexicon; the database holds a copy so they can be queried and joined. */
import type { EntityManager } from '@mikro-orm/core';
import { Measure, MeasureKind, Topic } from '../model/index.js';
import { lexicon } from '../vocabulary/lexicon.js';

export async function syncLexicon(em: EntityManager): Promise<void> {
  const { topics, measures } = lexicon();
  await em.transactional(async (tx) => {
    await tx.upsertMany(Topic, topics.map((t) => ({ id: t.key, name: t.zh, nameEn: t.en, aliases: t.aliases })));
    await tx.upsertMany(Measure, measures.map((m) => ({
      id: m.key,
      name: m.zh,
      nameEn: m.en,
      kind: m.kind === 'rate' ? MeasureKind.RATE : MeasureKind.COUNT,
      aliases: m.aliases,
    })));
  });
}
