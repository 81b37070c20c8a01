import { useState } from 'react';
import { sectionDomId } from '../lib/highlight.js';
import type { OutlineSection } from '../lib/types.js';
import { useLanguage } from './LanguageProvider.js';

type Section = { id: string; marker: string; heading: string; headingSpan: { start: number; end: number }; children?: Section[] };

/** Every section of the outline, depth first. */
export function flattenOutline(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flattenOutline(s.children ?? [])]);
}

/** The report's parts and sections; a click scrolls the text to the heading. */
export function Outline({ sections }: { sections: OutlineSection[] }) {
  const { t } = useLanguage();
  // Open beside the text on a wide screen, folded above it on a phone.
  const [open] = useState(() => typeof window === 'undefined' || window.matchMedia('(min-width: 900px)').matches);

  const go = (id: string) => {
    const anchor = document.getElementById(sectionDomId(id));
    anchor?.scrollIntoView({ block: 'start', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    anchor?.focus({ preventScroll: true });
  };

  const list = (items: readonly Section[], depth: number) => (
    <ol className={`outline-list depth-${depth}`}>
      {items.map((section) => (
        <li key={section.id}>
          <button type="button" className="outline-link" onClick={() => go(section.id)}>
            <span className="outline-marker">{section.marker}</span>
            {section.heading}
          </button>
          {depth < 2 && section.children && section.children.length > 0 && list(section.children, depth + 1)}
        </li>
      ))}
    </ol>
  );

  return (
    <details className="outline" open={open}>
      <summary>{t('outline')}</summary>
      <nav aria-label={t('outline')}>{list(sections, 1)}</nav>
    </details>
  );
}
