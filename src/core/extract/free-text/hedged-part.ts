// ", ideally with …", " and preferably …": where a sentence's second part asks for less (labelling rule 4).
const BEFORE_WHAT = 'with|in|of|within|at|from|for|as|a|an|on|including';
// "… experience preferable in an acute setting": the adjective hedges too, where a place or field follows it,
// but not after a verb ("… would be preferable for this post" is a level statement).
const PREFERABLE = String.raw`(?<!\b(?:be|is|are|was|were)\s+)preferable(?=\s+(?:${BEFORE_WHAT})\b)`;
const HEDGE = String.raw`(?:ideally|preferably|${PREFERABLE})`;
const HEDGED_PART = new RegExp(
  String.raw`(?:,\s*|\s+(?:and|but|or)\s+|\s+\(|\s+(?=${HEDGE}\s+(?:${BEFORE_WHAT})\b))\(?(?=${HEDGE}\b)`,
  'gi',
);
// "…, ideally in the NHS, and have a calm manner": "and" before a verb the sentence's subject shares ends a hedge
// of a place or field (after "ideally have …", the verb is hedged too).
const SHARED_VERB = 'have|has|be|can|will|should|must|understand|demonstrate|hold|possess|show';
const HEDGE_END = new RegExp(String.raw`,?\s+and\s+(?:also\s+)?(?=(?:${SHARED_VERB})\b)`, 'i');
const OF_A_PLACE = new RegExp(String.raw`^\(?${HEDGE}\s+(?:${BEFORE_WHAT})\b`, 'i');
// "…, ideally in X, but training is given", "…, ideally with a background in X, to deliver …": a concession or a
// purpose after the hedge is not part of it, nor a requirement.
const HEDGE_STOP = /,\s+(?:but|to)\s+/i;

const words = (text: string) => text.trim().split(/\s+/).length;

/**
 * Where text[from, to) asks for less ("…, ideally with …"): where the part before ends (`cut`), where the hedged
 * part starts (`hedgeAt`) and ends (`hedgeEnd`), and a requirement after it (`restAt` to `restEnd`, empty if none).
 * A concession or purpose after the hedge ends both.
 */
export type HedgedCut = { cut: number; hedgeAt: number; hedgeEnd: number; restAt: number; restEnd: number };

export function hedgedCut(text: string, from: number, to: number): HedgedCut | null {
  for (const match of text.slice(from, to).matchAll(HEDGED_PART)) {
    const cut = from + match.index!;
    const hedgeAt = cut + match[0].length;
    if (words(text.slice(from, cut)) < 2 || words(text.slice(hedgeAt, to)) < 3) continue;
    const hedged = text.slice(hedgeAt, to);
    if (match[0].endsWith('(')) {
      const bracketed = inBrackets(text, cut, hedgeAt, to);
      if (bracketed) return bracketed;
    }
    const stop = HEDGE_STOP.exec(hedged);
    const last = stop && words(hedged.slice(0, stop.index)) >= 2 ? hedgeAt + stop.index : to;
    const end = OF_A_PLACE.test(hedged) ? HEDGE_END.exec(text.slice(hedgeAt, last)) : null;
    const hedgeEnd = end ? hedgeAt + end.index : last;
    const restAt = end ? hedgeEnd + end[0].length : last;
    const keepsRest = end && words(text.slice(hedgeAt, hedgeEnd)) >= 2 && words(text.slice(restAt, last)) >= 3;
    return keepsRest
      ? { cut, hedgeAt, hedgeEnd, restAt, restEnd: last }
      : { cut, hedgeAt, hedgeEnd: last, restAt: last, restEnd: last };
  }
  return null;
}

// "A degree (preferably in nutrition) and good IT skills": the hedge ends at its bracket; the rest is asked outright.
function inBrackets(text: string, cut: number, hedgeAt: number, to: number): HedgedCut | null {
  const close = text.indexOf(')', hedgeAt);
  if (close < 0 || close >= to) return null;
  const after = /^\)[\s,]*(?:and\s+)?/.exec(text.slice(close, to))![0].length;
  const restAt = close + after;
  // "… (ideally in CAMHS) and looking for a change?": a question after the bracket is the advert's hook.
  return words(text.slice(restAt, to)) >= 2 && !/\?\s*$/.test(text.slice(restAt, to))
    ? { cut, hedgeAt, hedgeEnd: close, restAt, restEnd: to }
    : { cut, hedgeAt, hedgeEnd: close, restAt: to, restEnd: to };
}
