import { lazy, Suspense } from 'react';
import { chartFor } from '../lib/chart.js';
import { isLang, reasonSentence, type Lang } from '../lib/i18n.js';
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
  const answerLang: Lang = isLang(answer.language) ? answer.language : lang;
  const overview = (answer.query as { op?: string } | null)?.op === 'overview';
  const summary = answer.summary ?? null;
  const chart = answer.status === 'ANSWERED' && !overview && !summary ? chartFor(answer, answerLang) : null;

  return (
    <div className={`answer-card status-${answer.status.toLowerCase()}`}>
      <p className="answer-status">
        <span className="badge">{t(`status${answer.status}`)}</span>
      </p>
      {answer.value != null && <FigureValue value={answer.value} unit={answer.unit} qualifier={answer.qualifier} />}
      <p className="answer-text" lang={answerLang === 'zh' ? 'zh-CN' : 'en'}>
        {/* A summary's card shows its parts; the reply's first line names the report. */}
        {summary ? answer.text.split('\n')[0] : answer.text}
      </p>
      {(answer.notes?.length ?? 0) > 0 && (
        // How the hub read the question: as a follow-up, with the offline parser when the model failed …
        <ul className="answer-notes" lang={answerLang === 'zh' ? 'zh-CN' : 'en'}>
          {answer.notes.map((note) => <li key={note}>{note}</li>)}
        </ul>
      )}
      {answer.derivation && !overview && (
        <p className="derivation">
          <span className="field-label">{t('derivation')}</span> <code>{answer.derivation}</code>
        </p>
      )}
      {overview && <OverviewTable answer={answer} lang={answerLang} />}
      {summary && <SummaryCard summary={summary} lang={lang} />}
      {answer.status === 'UNANSWERABLE' && <p className="reason">{reasonSentence(answer.reason, lang) ?? t('statusUNANSWERABLE')}</p>}
      {answer.status === 'CLARIFY' && <CandidateChoice candidates={answer.candidates} chosen={chosen} onChoose={onChoose} />}
      {(answer.ranking?.length ?? 0) > 0 && <RankingTable rows={answer.ranking} lang={answerLang} />}
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
        <span className="field-label">{t('interpretedAs')}</span> <span lang={answerLang === 'zh' ? 'zh-CN' : 'en'}>{answer.interpretation}</span>
      </p>
      <QueryDisclosure operation={answer.graphql} />
    </div>
  );
}
