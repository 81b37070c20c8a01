/**
 * For an admin (the upload page's token): the questions the hub could not answer and the readers'
 * 👍/👎 on answers, newest first, side by side — what to look at to make the hub answer better.
 * Fetched with the token, outside the shared Apollo cache, so no admin data stays after sign-out.
 */
import { print } from 'graphql';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AdminLogQuery as AdminLogData } from '../gql/graphql.js';
import { AdminLogQuery } from '../operations.js';
import { useLanguage } from './LanguageProvider.js';
import './answer-tools.css';

const PAGE = 50;

type State = { kind: 'loading' } | { kind: 'failed'; message: string; forbidden: boolean } | { kind: 'done'; data: AdminLogData };

async function fetchLog(token: string): Promise<AdminLogData> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(AdminLogQuery), variables: { first: PAGE } }),
  });
  const body = (await response.json()) as { data?: AdminLogData; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length || !body.data) {
    const error = new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
    (error as Error & { code?: string }).code = body.errors?.[0]?.extensions?.code;
    throw error;
  }
  return body.data;
}

export function AdminLog({ token, onForbidden }: { token: string; onForbidden(): void }) {
  const { t, lang } = useLanguage();
  const [state, setState] = useState<State>({ kind: 'loading' });
  // The page's sign-out changes every render: held in a ref, so the log is fetched once per token.
  const forbidden = useRef(onForbidden);
  forbidden.current = onForbidden;
  const when = (iso: string) => new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    try {
      setState({ kind: 'done', data: await fetchLog(token) });
    } catch (error) {
      const refused = (error as { code?: string }).code === 'FORBIDDEN';
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error), forbidden: refused });
      if (refused) forbidden.current();
    }
  }, [token]);
  useEffect(() => void load(), [load]);

  return (
    <section className="admin-log" aria-labelledby="admin-log-title">
      <div className="admin-log-head">
        <h2 id="admin-log-title">{t('adminLogTitle')}</h2>
        <button type="button" className="button button-small" onClick={() => void load()}>{t('adminRefresh')}</button>
      </div>
      {state.kind === 'loading' && <p role="status">{t('loading')}</p>}
      {state.kind === 'failed' && <p role="alert" className="upload-error">{state.forbidden ? t('uploadForbidden') : state.message}</p>}
      {state.kind === 'done' && (
        <>
          <div className="admin-feedback">
            <h3>{t('adminFeedback', { n: state.data.answerFeedback.totalCount })}</h3>
            {state.data.answerFeedback.nodes.length === 0 ? <p>{t('adminNone')}</p> : (
              <div className="table-scroll">
                <table className="chart-data-table">
                  <thead>
                    <tr><th scope="col">{t('adminVote')}</th><th scope="col">{t('adminQuestion')}</th><th scope="col">{t('adminAnswer')}</th><th scope="col">{t('adminComment')}</th><th scope="col">{t('adminWhen')}</th></tr>
                  </thead>
                  <tbody>
                    {state.data.answerFeedback.nodes.map((f) => (
                      <tr key={f.id} className={`feedback-row vote-${f.vote.toLowerCase()}`}>
                        <td>{f.vote === 'UP' ? t('voteUp') : t('voteDown')}</td>
                        <td lang={f.language === 'en' ? 'en' : 'zh-CN'}>{f.question}</td>
                        <td>{t(`status${f.status}` as 'statusANSWERED')}{f.value != null ? ` · ${f.value}` : ''}<br /><small>{f.interpretation}</small></td>
                        <td>{f.comment ?? ''}</td>
                        <td className="number">{when(f.createdAt as string)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
          <div className="admin-unanswered">
            <h3>{t('adminUnanswered', { n: state.data.unansweredQuestions.length })}</h3>
            {state.data.unansweredQuestions.length === 0 ? <p>{t('adminNone')}</p> : (
              <div className="table-scroll">
                <table className="chart-data-table">
                  <thead>
                    <tr><th scope="col">{t('adminQuestion')}</th><th scope="col">{t('adminStatus')}</th><th scope="col">{t('adminWhen')}</th></tr>
                  </thead>
                  <tbody>
                    {state.data.unansweredQuestions.map((q) => (
                      <tr key={q.id} className="unanswered-row">
                        <td lang={q.language === 'en' ? 'en' : 'zh-CN'}>{q.question}</td>
                        <td>{t(`status${q.status}` as 'statusANSWERED')}{q.reason ? ` · ${q.reason}` : ''}</td>
                        <td className="number">{when(q.askedAt as string)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        </>
      )}
    </section>
  );
}
