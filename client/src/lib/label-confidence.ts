/**
 * Figures whose automatic label is a guess, as the server judges them (server/model/label-confidence.ts:
 * the same threshold; tests/query/headlines.test.ts keeps the two equal). Such a figure is shown with
 * a mark saying its label is uncertain, in the report view and in charts.
 */
import type { Lang } from './i18n.js';

export const LOW_LABEL_CONFIDENCE = 0.5;

export const isTentative = (figure: { labelledBy?: string | null; labelConfidence?: number | null }) =>
  figure.labelledBy !== 'CATALOG' && typeof figure.labelConfidence === 'number' && figure.labelConfidence < LOW_LABEL_CONFIDENCE;

/**
 * The mark the server's answers put after a guessed label (render.ts TENTATIVE), in either language,
 * or the client's short one (tentativeMark) on a label put in the interface's language (localize.ts).
 */
export const TENTATIVE_LABEL = /(?:\(自动标注,含义可能不准\)| \(automatic label, meaning uncertain\)|（标注待确认）| \(label uncertain\))$/;

/** The short mark a chart or a figure's tooltip shows for a guessed label. */
export const tentativeMark = (lang: Lang) => (lang === 'zh' ? '（标注待确认）' : ' (label uncertain)');
