import type { Candidate } from '../lib/types.js';
import { Sources } from './Sources.js';
import { FigureValue } from './FigureValue.js';
import { useLanguage } from './LanguageProvider.js';

/** The readings of an ambiguous question as buttons; the chosen one shown as an answer. */
export function CandidateChoice({ candidates, chosen, onChoose }: { candidates: readonly Candidate[]; chosen?: number; onChoose(candidate: number): void }) {
  const { t } = useLanguage();
  const selected = chosen != null ? candidates[chosen] : undefined;
  return (
    <div className="clarify">
      <p className="clarify-prompt">{t('clarifyPrompt')}</p>
      <ul className="candidate-list">
        {candidates.map((candidate, i) => (
          <li key={`${candidate.label}-${i}`}>
            <button type="button" className="candidate" aria-pressed={chosen === i} onClick={() => onChoose(i)}>
              {candidate.label}
            </button>
          </li>
        ))}
      </ul>
      {selected && (
        <div className="candidate-answer">
          <p className="field-label">{t('chosenReading')}</p>
          {selected.value != null && <FigureValue value={selected.value} unit={selected.unit} qualifier={selected.facts[0]?.qualifier} />}
          <p className="answer-text">{selected.label}</p>
          <p className="interpretation">
            <span className="field-label">{t('interpretedAs')}</span> {selected.interpretation}
          </p>
          {selected.facts.length > 0 && <Sources facts={selected.facts} title={t('sources')} listFacts={selected.facts.length > 1} />}
        </div>
      )}
    </div>
  );
}
