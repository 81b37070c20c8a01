/** Which names and aliases of topics and measures a text contains. */

/** The topic or measure names and aliases a text contains (行政复议, concluded). */
const phrasePatterns = new Map<string, RegExp>();
/** Each list's phrases filed under their first character, with their place in the list. */
const phrasesByFirst = new WeakMap<string[], Map<string, { phrase: string; at: number }[]>>();
export function phrasesIn(text: string, phrases: string[]): string[] {
  let byFirst = phrasesByFirst.get(phrases);
  if (!byFirst) {
    byFirst = new Map();
    for (const [at, phrase] of phrases.entries()) {
      if (!phrase) continue;
      let list = byFirst.get(phrase[0]);
      if (!list) byFirst.set(phrase[0], (list = []));
      list.push({ phrase, at });
    }
    phrasesByFirst.set(phrases, byFirst);
  }
  // Only the phrases starting with a character of the text can be in it; found in the list's order.
  const found: { phrase: string; at: number }[] = [];
  for (const ch of new Set(text)) {
    for (const candidate of byFirst.get(ch) ?? []) {
      const p = candidate.phrase;
      if (!text.includes(p)) continue;
      if (!/[\u3400-\u9fff]/.test(p)) {
        // A Latin phrase must start a word: "accepted" is not in "unaccepted".
        let re = phrasePatterns.get(p);
        if (!re) phrasePatterns.set(p, (re = new RegExp(`(?<![a-z])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));
        if (!re.test(text)) continue;
      }
      found.push(candidate);
    }
  }
  return found.sort((a, b) => a.at - b.at).map((c) => c.phrase);
}
