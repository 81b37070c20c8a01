import { groupByQuote } from '../lib/highlight.js';
import { localizeFacts } from '../lib/localize.js';
import type { Fact } from '../lib/types.js';
import { FactList } from './FactList.js';
import { SourceQuote } from './SourceQuote.js';
import { useLanguage } from './LanguageProvider.js';

/** The facts behind an answer: their values when there are several, and each source sentence once. */
export function Sources({ facts: given, title, listFacts }: { facts: readonly Fact[]; title: string; listFacts: boolean }) {
  // Labels and places in the interface's language, whichever the question was asked in.
  const { lang } = useLanguage();
  const facts = localizeFacts(given, lang);
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
