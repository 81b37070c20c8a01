import { lazy, Suspense } from 'react';
import { chartFor } from '../lib/chart.js';
import { isLang, reasonSentence, type Lang } from '../lib/i18n.js';
import { localAnswerWords, localCandidateLabel, localizeFacts, localizeRow } from '../lib/localize.js';
import type { Answer } from '../lib/types.js';
import { CandidateChoice } from './CandidateChoice.js';
import { ChartTable } from './ChartTable.js';
import { FigureValue } from './FigureValue.js';
import { OverviewTable } from './OverviewTable.js';
import { useLanguage } from './LanguageProvider.js';
import { QueryDisclosure } from './QueryDisclosure.js';
import { RankingTable } from './RankingTable.js';
import { Sources } from './Sources.js';
import { SummaryCard } from './SummaryCard.js';
import { Loading } from './Status.js';

// The charting library is loaded with the first chart, not with the page.
const AnswerChart = lazy(() => import('./AnswerChart.js').then((m) => ({ default: m.AnswerChart })));

/** One answer: the number, the reply, how it was read and computed, a chart, and its sources. */
export function AnswerCard({ answer, chosen, onChoose }: { answer: Answer; chosen?: number; onChoose(candidate: number): void }) {
  const { t, lang } = useLanguage();
  // The reply in the interface's language: an earlier answer to a question in the other language reads as the interface does.
  const words = localAnswerWords(answer, lang);
  const answerLang: Lang = isLang(words.language) ? words.language : lang;
  const ranking = (answer.ranking ?? []).map((row) => localizeRow(row, lang));
  const overview = (answer.query as { op?: string } | null)?.op === 'overview';
  const summary = answer.summary ?? null;
  // Charted in the interface's language: an earlier answer to a Chinese question reads in English once the interface does.
  const chart = answer.status === 'ANSWERED' && !overview && !summary ? chartFor({ ...answer, facts: localizeFacts(answer.facts, lang), ranking }, lang) : null;
  const clarify = answer.status === 'CLARIFY';
  const picked = clarify && chosen != null ? answer.candidates[chosen] : undefined;

  return (
    <div className={`answer-card status-${answer.status.toLowerCase()}`}>
      <p className="answer-status">
        {/* Once a reading is chosen, the card says which, not that one is still to be chosen. */}
        <span className={picked ? 'badge badge-chosen' : 'badge'}>{picked ? t('statusChosen', { label: localCandidateLabel(picked, lang) }) : t(`status${answer.status}`)}</span>
      </p>
      {answer.value != null && <FigureValue value={answer.value} unit={answer.unit} qualifier={answer.qualifier} />}
      {/* A CLARIFY reply is the prompt and the readings, which the choice below says once. */}
      {!clarify && (
        <p className="answer-text" lang={answerLang === 'zh' ? 'zh-CN' : 'en'}>
          {/* A summary's card shows its parts; the reply's first line names the report. */}
          {summary ? words.text.split('\n')[0] : words.text}
        </p>
      )}
      {(words.notes?.length ?? 0) > 0 && (
        // How the hub read the question: as a follow-up, with the offline parser when the model failed …
        <ul className="answer-notes" lang={answerLang === 'zh' ? 'zh-CN' : 'en'}>
          {words.notes.map((note) => <li key={note}>{note}</li>)}
        </ul>
      )}
      {words.derivation && !overview && (
        <p className="derivation">
          <span className="field-label">{t('derivation')}</span> <code>{words.derivation}</code>
        </p>
      )}
      {overview && <OverviewTable facts={localizeFacts(answer.facts, lang)} derivation={words.derivation} lang={lang} />}
      {summary && <SummaryCard summary={summary} lang={lang} />}
      {answer.status === 'UNANSWERABLE' && <p className="reason">{reasonSentence(answer.reason, lang) ?? t('statusUNANSWERABLE')}</p>}
      {clarify && <CandidateChoice candidates={answer.candidates} chosen={chosen} onChoose={onChoose} />}
      {ranking.length > 0 && <RankingTable rows={ranking} lang={lang} />}
      {chart && (
        <ChartTable spec={chart}>
          <Suspense fallback={<Loading />}>
            <AnswerChart spec={chart} />
          </Suspense>
        </ChartTable>
      )}
      {answer.facts.length > 0 && !summary && (
        <Sources facts={answer.facts} title={answer.status === 'UNANSWERABLE' ? t('nearestFacts') : t('sources')} listFacts={answer.facts.length > 1 || answer.status === 'UNANSWERABLE'} />
      )}
      <p className="interpretation">
        <span className="field-label">{t('interpretedAs')}</span> <span lang={answerLang === 'zh' ? 'zh-CN' : 'en'}>{words.interpretation}</span>
      </p>
      <QueryDisclosure operation={answer.graphql} />
    </div>
  );
}
