import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useHashRoute } from '../hooks/useHashRoute.js';
import { briefHref, chatHref, reportHref, uploadHref } from '../lib/route.js';
import { ReportsQuery } from '../operations.js';
import { Brief } from './Brief.js';
import { ChatPage } from './ChatPage.js';
import { useLanguage } from './LanguageProvider.js';
import { ReportView } from './ReportView.js';
import { UploadPage } from './UploadPage.js';

export function App() {
  const { t, lang, setLang } = useLanguage();
  const route = useHashRoute();
  const reports = useQuery(ReportsQuery);
  // The report the navigation points at: the one shown, else the one questions are scoped to
  // (remembered by the chat's scope selector), else the one with the most figures.
  const scoped = typeof window === 'undefined' ? null : window.localStorage.getItem('rule-of-law-hub.scope');
  const held = reports.data?.reports ?? [];
  const reportId = 'reportId' in route
    ? route.reportId
    : (held.find((r) => r.id === scoped) ?? [...held].sort((a, b) => b.figureCount - a.figureCount)[0])?.id;

  useEffect(() => {
    document.title = t('appTitle');
  }, [t]);

  // A new page starts at its top (the report view then scrolls to its highlight itself); the chat
  // places itself: at the newest answer, or back at the answer a link was followed from.
  const pageKey = 'reportId' in route ? `${route.page}/${route.reportId}` : route.page;
  useEffect(() => {
    if (route.page !== 'chat' && route.page !== 'ask') window.scrollTo(0, 0);
  }, [pageKey]);

  const link = (page: typeof route.page, href: string, label: string) => (
    <a href={href} aria-current={route.page === page ? 'page' : undefined} className="nav-link">
      {label}
    </a>
  );

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <a className="brand" href={chatHref()}>
            <span className="brand-mark" aria-hidden="true">法</span>
            <span className="brand-text">
              <span className="brand-title">{t('appTitle')}</span>
              <span className="brand-subtitle">{t('appSubtitle')}</span>
            </span>
          </a>
          <nav className="app-nav" aria-label={t('nav')}>
            {link('chat', chatHref(), t('navChat'))}
            {reportId && link('report', reportHref(reportId), t('navReport'))}
            {reportId && link('brief', briefHref(reportId), t('navBrief'))}
            {link('upload', uploadHref(), t('navUpload'))}
          </nav>
          <button
            type="button"
            className="lang-toggle"
            lang={lang === 'zh' ? 'en' : 'zh-CN'}
            aria-label={t('switchLanguageLabel')}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {t('switchLanguage')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1} className={`page page-${route.page}`}>
        {(route.page === 'chat' || route.page === 'ask') && <ChatPage shared={route.page === 'ask' ? route.question : undefined} />}
        {route.page === 'report' && <ReportView key={route.reportId} reportId={route.reportId} highlight={route.highlight} />}
        {route.page === 'brief' && <Brief key={route.reportId} reportId={route.reportId} />}
        {route.page === 'upload' && <UploadPage />}
      </main>
    </>
  );
}
