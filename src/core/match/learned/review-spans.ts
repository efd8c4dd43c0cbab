import type { Matcher } from '../../taxonomy/compile';
import type { Candidate } from '../find-candidates';
import type { ReadText } from '../read-spans';
import { hitFeatures, textFeatures, type TextFeature } from './features';
import { probability, weightOf, type LearnedModel, type LinearScorer } from '../../taxonomy/learned-model';

const NAMED_WORDS = 3;

/**
 * The rules' spans as the learned model reviews them: each skill found is kept only if the verifier,
 * reading the words around it, agrees; a skill the rules did not find is added when its adder scores
 * the criterion's words high enough, on the words that weighed most (which "Why?" names).
 */
export function reviewSpans(matcher: Matcher, model: LearnedModel, read: ReadText): Candidate[][] {
  const { tokens, scopes, spans } = read;
  const foundIds = [...new Set(spans.flatMap((span) => span.map((c) => c.terminal.skillId!)))];
  // A verifier without weights keeps all or nothing: its features need not be read.
  const keepsAll =
    Object.keys(model.verifier.weights).length === 0 && probability(model.verifier, []) >= model.verifier.threshold;
  const kept = keepsAll
    ? spans.map((span) => [...span])
    : spans
        .map((span) =>
          span.filter((c) => {
            const features = hitFeatures(matcher, tokens, scopes, c, foundIds);
            return probability(model.verifier, features) >= model.verifier.threshold;
          }),
        )
        .filter((span) => span.length > 0);

  const words = uniqueByName(textFeatures(tokens, scopes));
  const found = new Set(foundIds);
  const z = adderScores(model, [...words.map((f) => f.name), ...foundIds.map((id) => `found:${id}`)]);
  for (const [id, scorer] of Object.entries(model.adder.skills)) {
    if (found.has(id) || !matcher.skills.has(id)) continue;
    const p = 1 / (1 + Math.exp(-z.get(id)!));
    if (p < model.adder.threshold) continue;
    const added = addedCandidate(
      id,
      scorer,
      words,
      tokens.map((t) => t.raw),
    );
    if (added) kept.push([added]);
  }
  kept.sort((a, b) => a[0]!.start - b[0]!.start);
  return kept;
}

/** Per feature, the adders that weigh it: one lookup per feature instead of one per feature and skill. */
const byFeature = new WeakMap<LearnedModel, Map<string, Array<[string, number]>>>();

/** Each adder's logit over the present (distinct) features. */
function adderScores(model: LearnedModel, features: readonly string[]): Map<string, number> {
  let index = byFeature.get(model);
  if (!index) {
    index = new Map();
    for (const [id, scorer] of Object.entries(model.adder.skills)) {
      for (const [feature, weight] of Object.entries(scorer.weights)) {
        const list = index.get(feature);
        if (list) list.push([id, weight]);
        else index.set(feature, [[id, weight]]);
      }
    }
    byFeature.set(model, index);
  }
  const z = new Map(Object.entries(model.adder.skills).map(([id, scorer]) => [id, scorer.bias]));
  for (const feature of new Set(features)) {
    for (const [id, weight] of index.get(feature) ?? []) z.set(id, z.get(id)! + weight);
  }
  return z;
}

const uniqueByName = (features: readonly TextFeature[]) => {
  const seen = new Set<string>();
  return features.filter((f) => !seen.has(f.name) && seen.add(f.name));
};

/** A skill named by the adder, on the words that weighed most for it, or null when none did. */
function addedCandidate(
  id: string,
  scorer: LinearScorer,
  words: readonly TextFeature[],
  raw: readonly string[],
): Candidate | null {
  const decisive = words
    .map((f) => ({ f, w: weightOf(scorer, f.name) }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w)
    .slice(0, NAMED_WORDS);
  const top = decisive[0]?.f;
  if (!top) return null;
  const named = decisive.map(({ f }) => `"${raw.slice(f.start, f.end).join(' ')}"`).join(', ');
  const variant = raw.slice(top.start, top.end).join(' ');
  const rule = { skillId: id, pattern: variant, needs: null, unless: null, window: 0, cueKind: null };
  return {
    start: top.start,
    end: top.end,
    terminal: { rule, skillId: id, variant, length: 0, exactCase: null, wordLike: false },
    cue: -1,
    cueLength: 0,
    explanation: `learned from labelled adverts: the words ${named}`,
  };
}
