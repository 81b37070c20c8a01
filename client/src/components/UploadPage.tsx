/**
 * Adding a report as an admin: the token once per browser session, then a file dragged onto the
 * drop zone or picked; the page shows the upload's progress, then what the ingest found — figures,
 * automatic labels to review, checks that failed — and links to the new report.
 */
import { useApolloClient } from '@apollo/client/react';
import { useState, type DragEvent, type FormEvent } from 'react';
import { ACCEPTED_EXTENSIONS, UploadError, isAccepted, saveToken, savedToken, sendWithProgress, toBase64 } from '../lib/upload.js';
import { reportHref } from '../lib/route.js';
import { IngestReportMutation, ReportsQuery } from '../operations.js';
import type { IngestReportMutation as IngestResultData } from '../gql/graphql.js';
import { useLanguage } from './LanguageProvider.js';
import { AdminLog } from './AdminLog.js';

type Stage =
  | { kind: 'idle' }
  | { kind: 'sending'; file: string; sent: number }
  | { kind: 'ingesting'; file: string }
  | { kind: 'done'; file: string; result: IngestResultData['ingestReport'] }
  | { kind: 'failed'; file: string; message: string }
  /** The token was refused (by the admin log's first request or by an upload): asked again, saying why. */
  | { kind: 'refused' };

export function UploadPage() {
  const { t } = useLanguage();
  const client = useApolloClient();
  const [token, setToken] = useState<string | null>(() => savedToken());
  const [draft, setDraft] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const busy = stage.kind === 'sending' || stage.kind === 'ingesting';

  const signIn = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    saveToken(draft.trim());
    setToken(draft.trim());
    setDraft('');
  };
  const signOut = () => {
    saveToken(null);
    setToken(null);
    setStage({ kind: 'idle' });
  };
  const refuseToken = () => {
    saveToken(null);
    setToken(null);
    setStage({ kind: 'refused' });
  };

  async function upload(file: File) {
    if (!token || busy) return;
    if (!isAccepted(file.name)) {
      setStage({ kind: 'failed', file: file.name, message: t('uploadWrongFormat', { formats: ACCEPTED_EXTENSIONS.join(' ') }) });
      return;
    }
    setStage({ kind: 'sending', file: file.name, sent: 0 });
    try {
      const content = toBase64(new Uint8Array(await file.arrayBuffer()));
      const data = await sendWithProgress(IngestReportMutation, { input: { content, fileName: file.name } }, token, (sent) => {
        setStage(sent < 1 ? { kind: 'sending', file: file.name, sent } : { kind: 'ingesting', file: file.name });
      });
      setStage({ kind: 'done', file: file.name, result: data.ingestReport });
      // The navigation and the suggested questions know the new report at once.
      await client.refetchQueries({ include: [ReportsQuery] });
    } catch (error) {
      const failure = error instanceof UploadError ? error.failure : { message: String(error) };
      if (failure.code === 'FORBIDDEN') signOut();
      const message = failure.code === 'FORBIDDEN' ? t('uploadForbidden')
        : failure.code === 'NETWORK' ? t('networkError')
          : failure.code === 'TOO_LARGE' ? t('uploadTooLarge') : failure.message;
      setStage({ kind: 'failed', file: file.name, message });
    }
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void upload(file);
  };

  return (
    <div className="upload">
      <h1>{t('uploadTitle')}</h1>
      <p className="upload-intro">{t('uploadIntro')}</p>
      {!token ? (
        <form className="upload-token" onSubmit={signIn}>
          <label htmlFor="admin-token">{t('uploadTokenLabel')}</label>
          <div className="upload-token-row">
            <input id="admin-token" type="password" autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} />
            <button type="submit" className="button button-primary" disabled={!draft.trim()}>{t('uploadTokenSave')}</button>
          </div>
          <p className="upload-hint">{t('uploadTokenHint')}</p>
        </form>
      ) : (
        <>
          <p className="upload-signed-in">
            {t('uploadSignedIn')}{' '}
            <button type="button" className="button-link" onClick={signOut}>{t('uploadSignOut')}</button>
          </p>
          <label
            className={`drop-zone${dragging ? ' drop-zone-active' : ''}${busy ? ' drop-zone-busy' : ''}`}
            onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <span className="drop-zone-text">{t('uploadDrop')}</span>
            <span className="upload-hint">{t('uploadFormats')}</span>
            <input
              type="file"
              className="sr-only"
              accept={ACCEPTED_EXTENSIONS.join(',')}
              disabled={busy}
              aria-label={t('uploadPick')}
              onChange={(e) => { const file = e.target.files?.[0]; e.target.value = ''; if (file) void upload(file); }}
            />
          </label>
        </>
      )}
      <UploadStatus stage={stage} />
      {token && <AdminLog token={token} onForbidden={refuseToken} />}
    </div>
  );
}

function UploadStatus({ stage }: { stage: Stage }) {
  const { t } = useLanguage();
  if (stage.kind === 'idle') return null;
  if (stage.kind === 'sending' || stage.kind === 'ingesting') {
    const percent = stage.kind === 'sending' ? Math.round(stage.sent * 100) : 100;
    return (
      <section className="upload-status" aria-live="polite">
        <p>{stage.kind === 'sending' ? t('uploadSending', { file: stage.file }) : t('uploadIngesting', { file: stage.file })}</p>
        <progress max={100} value={stage.kind === 'sending' ? percent : undefined} aria-label={t('uploadProgress')} />
      </section>
    );
  }
  if (stage.kind === 'refused') {
    return (
      <section className="upload-status upload-failed" role="alert">
        <p className="upload-error">{t('uploadForbidden')}</p>
      </section>
    );
  }
  if (stage.kind === 'failed') {
    return (
      <section className="upload-status upload-failed" role="alert">
        <p><strong>{t('uploadFailed', { file: stage.file })}</strong></p>
        <p className="upload-error">{stage.message}</p>
      </section>
    );
  }
  const r = stage.result;
  return (
    <section className="upload-status upload-done" aria-live="polite" aria-labelledby="upload-done-title">
      <h2 id="upload-done-title">{t(r.replaced ? 'uploadReplaced' : 'uploadAdded', { file: stage.file })}</h2>
      <p className="upload-report"><a href={reportHref(r.reportId)}>{r.title}</a> · {r.region} · {r.year}</p>
      <dl className="upload-counts">
        <div><dt>{t('uploadFigures')}</dt><dd data-count="figures">{r.figures}</dd></div>
        <div><dt>{t('uploadAutomatic')}</dt><dd data-count="automatic">{r.labelledAutomatically}</dd></div>
        <div><dt>{t('uploadSections')}</dt><dd>{r.sections}</dd></div>
        <div><dt>{t('uploadChecksFailed')}</dt><dd data-count="checks-failed">{r.checksFailed.length}</dd></div>
      </dl>
      {r.toReview.length > 0 && (
        <details className="upload-review" open>
          <summary>{t('uploadToReview', { n: r.toReview.length })}</summary>
          <ul>
            {r.toReview.map((item) => (
              <li key={item.metricId}><span className="upload-figure">{item.figure}</span> {item.label} <span className="upload-confidence">({item.confidence.toFixed(2)})</span></li>
            ))}
          </ul>
        </details>
      )}
      {r.checksFailed.length > 0 && (
        <ul className="upload-checks">{r.checksFailed.map((c) => <li key={c}>{c}</li>)}</ul>
      )}
      {r.warnings.length > 0 && (
        <details className="upload-warnings">
          <summary>{t('uploadWarnings', { n: r.warnings.length })}</summary>
          <ul>{r.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
        </details>
      )}
      <p><a className="button button-primary" href={reportHref(r.reportId)}>{t('uploadOpenReport')}</a></p>
    </section>
  );
}
