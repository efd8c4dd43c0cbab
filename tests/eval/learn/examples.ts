import { contextFeatures, hitFeatures, textFeatures } from '../../../src/core/match/learned/features';
import { negatedTokens } from '../../../src/core/match/negation';
import { readSpans } from '../../../src/core/match/read-spans';
import type { Matcher } from '../../../src/core/taxonomy/compile';

/** One labelled criterion as the learner takes it: its advert (for folds), words, title and skills. */
export type LabelledText = {
  advert: string;
  text: string;
  title: string;
  /** The heading or lead-in the criterion sits under, as the extension passes it. */
  category: string | null;
  skills: readonly string[];
};

/** A skill the rules found in a criterion, with its features and whether the labels have it. */
export type Found = { criterion: number; skillId: string; features: string[]; label: 0 | 1 };

/**
 * What the learner sees of one criterion: the rules' finds (negated ones left out, as the evaluation
 * does), every skill the rules named (the adder never adds those), and the criterion's own features.
 */
export type Read = { found: Found[]; foundIds: Set<string>; words: string[]; gold: Set<string> };

/** The rules' reading of each criterion (the matcher must have no learned model attached). */
export function readAll(matcher: Matcher, texts: readonly LabelledText[], scope: ReadonlySet<string>): Read[] {
  return texts.map((t, criterion) => {
    const gold = new Set(t.skills.filter((s) => scope.has(s)));
    const read = readSpans(matcher, t.text, { title: t.title, category: t.category });
    if (!read) return { found: [], foundIds: new Set(), words: [], gold };
    const { tokens, scopes, spans } = read;
    const context = contextFeatures({ title: t.title, category: t.category });
    const negated = negatedTokens(t.text, tokens, scopes);
    const ids = [...new Set(spans.flatMap((s) => s.map((c) => c.terminal.skillId!)))];
    const found = spans
      .filter((span) => negated[span[0]!.start] !== 1)
      .flatMap((span) =>
        span
          .filter((c) => scope.has(c.terminal.skillId!))
          .map((c) => ({
            criterion,
            skillId: c.terminal.skillId!,
            features: hitFeatures(matcher, tokens, scopes, c, ids, context),
            label: gold.has(c.terminal.skillId!) ? (1 as const) : (0 as const),
          })),
      );
    const words = [
      ...new Set(textFeatures(tokens, scopes).map((f) => f.name)),
      ...ids.map((id) => `found:${id}`),
      ...context,
    ];
    return { found, foundIds: new Set(ids.filter((id) => scope.has(id))), words, gold };
  });
}
