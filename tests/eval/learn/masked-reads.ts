import { contextFeatures, textFeatures } from '../../../src/core/match/learned/features';
import { negatedTokens } from '../../../src/core/match/negation';
import { readSpans } from '../../../src/core/match/read-spans';
import type { Candidate } from '../../../src/core/match/find-candidates';
import type { Matcher } from '../../../src/core/taxonomy/compile';
import type { LabelledText } from './examples';

/**
 * An unlabelled criterion as self-training takes it: its features as the adder reads them, and per skill
 * the rules found there the same features without the evidence that made the rule fire (the words of its
 * phrases and cues, the word pairs touching them, and `found:` that skill), so that a skill's pseudo
 * positives teach the context that predicts it rather than the rule's own words.
 */
export type MaskedRead = {
  words: string[];
  masked: Map<string, string[]>;
  /** Skills the rules found only under a negation: neither a positive nor a negative for them. */
  unsure: Set<string>;
};

/** The tokens a candidate was read from: its phrase and its cue. */
function evidence(c: Candidate): Array<[number, number]> {
  const parts: Array<[number, number]> = [[c.start, c.end]];
  if (c.cue >= 0 && c.cueLength > 0) parts.push([c.cue, c.cue + c.cueLength]);
  return parts;
}

export function readMasked(matcher: Matcher, texts: readonly LabelledText[], scope: ReadonlySet<string>): MaskedRead[] {
  return texts.map((t) => {
    const read = readSpans(matcher, t.text, { title: t.title, category: t.category });
    if (!read) return { words: [], masked: new Map(), unsure: new Set() };
    const { tokens, scopes, spans } = read;
    const context = contextFeatures({ title: t.title, category: t.category });
    const negated = negatedTokens(t.text, tokens, scopes);
    const ids = [...new Set(spans.flatMap((s) => s.map((c) => c.terminal.skillId!)))];
    const text = textFeatures(tokens, scopes);
    const names = (keep: (start: number, end: number) => boolean) => [
      ...new Set(text.filter((f) => keep(f.start, f.end)).map((f) => f.name)),
    ];
    const words = [...names(() => true), ...ids.map((id) => `found:${id}`), ...context];
    const sure = new Map<string, Array<[number, number]>>();
    const unsure = new Set<string>();
    for (const span of spans)
      for (const c of span) {
        const id = c.terminal.skillId!;
        if (!scope.has(id)) continue;
        if (negated[span[0]!.start] === 1) unsure.add(id);
        else sure.set(id, [...(sure.get(id) ?? []), ...evidence(c)]);
      }
    const masked = new Map<string, string[]>();
    for (const [id, parts] of sure) {
      unsure.delete(id);
      const touches = (start: number, end: number) => parts.some(([s, e]) => start < e && s < end);
      masked.set(id, [
        ...names((s, e) => !touches(s, e)),
        ...ids.filter((other) => other !== id).map((other) => `found:${other}`),
        ...context,
      ]);
    }
    return { words, masked, unsure };
  });
}
