import { candidateText, candidateView } from '../lib/candidates.js';
import { localCandidateLabel } from '../lib/localize.js';
import type { Candidate } from '../lib/types.js';
import { Sources } from './Sources.js';
import { FigureValue } from './FigureValue.js';
import { useLanguage } from './LanguageProvider.js';

/**
 * The readings of an ambiguous question as buttons, each with its value and a few words of its
 * source sentence; the chosen one shown as an answer.
 */
export function CandidateChoice({ candidates, chosen, onChoose }: { candidates: readonly Candidate[]; chosen?: number; onChoose(candidate: number): void }) {
  const { t, lang } = useLanguage();
  const selected = chosen != null ? candidates[chosen] : undefined;
  return (
    <div className="clarify">
      <p className="clarify-prompt">{t('clarifyPrompt')}</p>
      <ul className="candidate-list">
        {candidates.map((candidate, i) => {
          const view = candidateView({ ...candidate, label: localCandidateLabel(candidate, lang) }, lang);
          return (
            <li key={`${candidate.label}-${i}`}>
              <button type="button" className="candidate" aria-pressed={chosen === i} aria-label={candidateText(view)} onClick={() => onChoose(i)}>
                <span className="candidate-label">{view.label}</span>
                {view.figure && <span className="candidate-figure">{view.figure}</span>}
                {view.snippet && (
                  <span className="candidate-snippet" lang="zh-CN">
                    {view.snippet.before}
                    {view.snippet.figure && <strong>{view.snippet.figure}</strong>}
                    {view.snippet.after}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      {selected && (
        <div className="candidate-answer">
          <p className="field-label">{t('chosenReading')}</p>
          {selected.value != null && <FigureValue value={selected.value} unit={selected.unit} qualifier={selected.facts[0]?.qualifier} />}
          <p className="answer-text">{localCandidateLabel(selected, lang)}</p>
          <p className="interpretation">
            {/* In the interface's language: the hub gives each reading's interpretation in both. */}
            <span className="field-label">{t('interpretedAs')}</span> {selected.translation?.language === lang ? selected.translation.interpretation : selected.interpretation}
          </p>
          {selected.facts.length > 0 && <Sources facts={selected.facts} title={t('sources')} listFacts={selected.facts.length > 1} />}
        </div>
      )}
    </div>
  );
}
