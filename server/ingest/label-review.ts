/** Accepting or rejecting a model's label suggestion: a person's decision, applied in one transaction. */
import type { EntityManager } from '@mikro-orm/core';
import { bumpDataVersion } from '../db/data-version.js';
import { writeTransaction } from '../db/write-transaction.js';
import { invalidateCaches } from '../query/hub-cache.js';
import { IngestError } from './errors.js';
import { LabelSource, LabelSuggestion, Metric } from '../model/index.js';

export async function reviewSuggestion(em: EntityManager, id: number, accept: boolean): Promise<LabelSuggestion> {
  const reviewed = await writeTransaction(em, async (tx) => {
    const suggestion = await tx.findOne(LabelSuggestion, { id });
    if (!suggestion) throw new IngestError([`no label suggestion ${id}`]);
    if (suggestion.status !== 'PENDING') throw new IngestError([`label suggestion ${id} was already ${suggestion.status.toLowerCase()}`]);
    suggestion.status = accept ? 'ACCEPTED' : 'REJECTED';
    if (accept) {
      const metric = await tx.findOne(Metric, { id: suggestion.metricId });
      if (!metric) throw new IngestError([`the figure ${suggestion.metricId} is no longer there (its report was ingested again)`]);
      metric.topicId = suggestion.topicId;
      metric.measureId = suggestion.measureId;
      metric.labelZh = suggestion.labelZh;
      metric.labelEn = suggestion.labelEn;
      metric.labelledBy = LabelSource.MODEL;
      metric.searchText = [metric.labelZh, metric.labelEn, ...metric.aliases.zh, ...metric.aliases.en, metric.quote].join('\n').toLowerCase();
      await bumpDataVersion(tx);
    }
    await tx.flush();
    return suggestion;
  });
  invalidateCaches(em);
  return reviewed;
}
