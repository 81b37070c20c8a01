import { groupByQuote } from '../lib/highlight.js';
import type { Fact } from '../lib/types.js';
import { FactList } from './FactList.js';
import { SourceQuote } from './SourceQuote.js';

/** The facts behind an answer: their values when there are several, and each source sentence once. */
export function Sources({ facts, title, listFacts }: { facts: readonly Fact[]; title: string; listFacts: boolean }) {
  return (
    <section className="sources">
      <h3 className="sources-title">{title}</h3>
      {listFacts && <FactList facts={facts} />}
      {groupByQuote(facts).map((group, i) => (
        <SourceQuote key={`${group.reportId}-${group.quoteSpan?.start ?? i}`} group={group} />
      ))}
    </section>
  );
}
