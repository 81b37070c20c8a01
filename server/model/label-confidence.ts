/**
 * An automatic label whose confidence is below this is a guess (the topic came from a heading, or the
 * clause had no words of its own): answers and the brief say so, and it is never a brief headline.
 * The client mirrors it in client/src/lib/label-confidence.ts (a test keeps the two equal).
 */
export const LOW_LABEL_CONFIDENCE = 0.5;

export const isLowConfidence = (m: { labelledBy: string; labelConfidence: number }) =>
  m.labelledBy !== 'CATALOG' && m.labelConfidence < LOW_LABEL_CONFIDENCE;
