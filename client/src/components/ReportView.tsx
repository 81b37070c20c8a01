import { isTentative, tentativeMark } from '../lib/label-confidence.js';
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { useReportFigures } from '../hooks/useReportFigures.js';
import { formatFigure } from '../lib/format.js';
import { figureDomId, sectionDomId, segmentText, type Segment } from '../lib/highlight.js';
import { briefHref, reportHref } from '../lib/route.js';
import type { OutlineSection, ReportFigure, Span } from '../lib/types.js';
import { ReportTextQuery } from '../operations.js';
import { useLanguage } from './LanguageProvider.js';
import { Outline, flattenOutline } from './Outline.js';
import { ReportPicker } from './ReportPicker.js';
import { ErrorNotice, Loading } from './Status.js';

/** The report's text with its outline; every figure marked, the one asked for (?highlight=) emphasised. */
export function ReportView({ reportId, highlight }: { reportId: string; highlight: Span | null }) {
  const { t } = useLanguage();
  const report = useQuery(ReportTextQuery, { variables: { id: reportId } });
  const figures = useReportFigures(reportId);

  if (report.error) return <ErrorNotice error={report.error} onRetry={() => void report.refetch()} />;
  if (figures.error) return <ErrorNotice error={figures.error} onRetry={figures.retry} />;
  if (report.loading || figures.loading || !report.data) return <Loading />;
  const doc = report.data.report;
  if (!doc) return <p className="notice">{t('notFound', { id: reportId })}</p>;

  return (
    <div className="report-layout">
      <aside className="report-aside">
        <Outline sections={doc.outline} />
      </aside>
      <article className="report-article" aria-labelledby="report-title">
        <header className="report-header">
          <ReportPicker reportId={doc.id} hrefOf={reportHref} />
          <h1 id="report-title">{doc.title}</h1>
          <p className="report-meta">
            {doc.publisher && (
              <span>
                {t('publisher')}{t('colon')}{doc.publisher}
              </span>
            )}
            {doc.publishedOn && (
              <span>
                {t('publishedOn')}{t('colon')}{doc.publishedOn}
              </span>
            )}
            <a href={briefHref(doc.id)}>{t('navBrief')} →</a>
          </p>
          <p className="report-note">{t('figuresMarked', { n: figures.figures?.length ?? 0 })}</p>
        </header>
        <ReportText text={doc.text} outline={doc.outline} figures={figures.figures ?? []} highlight={highlight} />
      </article>
    </div>
  );
}

function ReportText({ text, outline, figures, highlight }: { text: string; outline: OutlineSection[]; figures: ReportFigure[]; highlight: Span | null }) {
  const { t, lang } = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  // The figure that has the focus, spelled out in a panel (the title tooltip needs a mouse).
  const [focused, setFocused] = useState<string | null>(null);
  const byId = useMemo(() => new Map(figures.map((f) => [f.id, f])), [figures]);
  const segments = useMemo(
    () =>
      segmentText(text, {
        figures: figures.map((f) => ({ id: f.id, span: f.span })),
        headings: flattenOutline(outline).map((s) => ({ id: s.id, span: s.headingSpan })),
        target: highlight,
      }),
    [text, figures, outline, highlight],
  );

  // Scroll to the emphasised figure and put the focus on it.
  useEffect(() => {
    if (!highlight) return;
    const target = ref.current?.querySelector<HTMLElement>('.is-target');
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }, [highlight, segments]);

  const tipOf = (figure: ReportFigure) =>
    `${lang === 'zh' ? figure.label : figure.labelEn}${isTentative(figure) ? tentativeMark(lang) : ''}${t('colon')}${formatFigure(figure.value, figure.unit, figure.qualifier, lang).text}`;
  const onFocus = (event: FocusEvent<HTMLDivElement>) => setFocused((event.target as HTMLElement).dataset.figureId ?? null);
  // The panel is about the figure in view: once it scrolls out (under the header, off the
  // screen), the panel goes, and comes back if the figure does, while it keeps the focus.
  const [inView, setInView] = useState(true);
  useEffect(() => {
    setInView(true);
    const mark = focused ? ref.current?.querySelector(`[data-figure-id="${CSS.escape(focused)}"]`) : null;
    if (!mark || typeof IntersectionObserver === 'undefined') return;
    const header = document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0;
    const observer = new IntersectionObserver(([entry]) => setInView(entry.isIntersecting), { rootMargin: `-${Math.round(header)}px 0px 0px 0px` });
    observer.observe(mark);
    return () => observer.disconnect();
  }, [focused]);
  const focusedFigure = focused && inView ? byId.get(focused) : undefined;

  const render = (segment: Segment) => {
    const anchor = segment.anchor ? <span id={sectionDomId(segment.anchor)} className="section-anchor" tabIndex={-1} /> : null;
    let content: ReactNode = segment.text;
    if (segment.figure) {
      const figure = byId.get(segment.figure)!;
      const tip = tipOf(figure);
      content = (
        <mark
          id={figureDomId(figure.span)}
          className={segment.target ? 'figure is-target' : 'figure'}
          tabIndex={0}
          title={tip}
          data-figure-id={figure.id}
          aria-label={`${segment.text} (${tip})`}
          aria-current={segment.target ? 'true' : undefined}
        >
          {segment.text}
        </mark>
      );
    } else if (segment.target) {
      content = (
        <mark className="passage is-target" tabIndex={-1} aria-current="true">
          {segment.text}
        </mark>
      );
    }
    if (segment.heading) content = <strong className="section-heading">{content}</strong>;
    return (
      <span key={segment.start} className="segment">
        {anchor}
        {content}
      </span>
    );
  };

  return (
    <>
      <div ref={ref} className="report-text" onFocus={onFocus} onBlur={() => setFocused(null)}>
        {segments.map(render)}
      </div>
      <p className="figure-info" aria-hidden="true" hidden={!focusedFigure}>
        {focusedFigure && tipOf(focusedFigure)}
      </p>
    </>
  );
}
