import type { Matcher } from '../../taxonomy/compile';
import type { Candidate } from '../find-candidates';
import type { MatchContext } from '../match-context';
import type { ReadText } from '../read-spans';
import { contextFeatures, featureWord, hitFeatures, textFeatures, type TextFeature } from './features';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import { probability, weightOf, type LinearScorer } from '../../model/linear-scorer';
import type { LearnedModel } from '../../taxonomy/learned-model';

const NAMED_WORDS = 3;

/**
 * The rules' spans as the learned model reviews them: each skill found is kept only if the verifier,
 * reading the words around it, agrees; a skill the rules did not find is added when its adder scores
 * the criterion's words high enough, on the words that weighed most (which "Why?" names).
 */
export function reviewSpans(
  matcher: Matcher,
  model: LearnedModel,
  read: ReadText,
  context: MatchContext = {},
): Candidate[][] {
  const { tokens, scopes, spans } = read;
  const around = contextFeatures(context);
  const foundIds = [...new Set(spans.flatMap((span) => span.map((c) => c.terminal.skillId!)))];
  const index = indexFor(model);
  const kept = index.keepsAll
    ? spans.map((span) => [...span])
    : spans
        .map((span) =>
          span.filter((c) => {
            const features = hitFeatures(matcher, tokens, scopes, c, foundIds, around);
            return probability(model.verifier, features) >= model.verifier.threshold;
          }),
        )
        .filter((span) => span.length > 0);

  const found = new Set(foundIds);
  const z = adderScores(index, tokens, scopes, foundIds, around);
  const { ids, scorers } = index;
  let words: TextFeature[] | null = null;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (found.has(id) || !matcher.skills.has(id)) continue;
    const p = 1 / (1 + Math.exp(-z[k]!));
    if (p < model.adder.threshold) continue;
    words ??= uniqueByName(textFeatures(tokens, scopes));
    const added = addedCandidate(
      id,
      scorers[k]!,
      words,
      tokens.map((t) => t.raw),
      { features: around, heading: context.category ?? null },
    );
    // Not on the words the rules read and ruled out for it ("flexible" beside "night shifts").
    if (added && !read.ruledOut.get(id)?.has(added.start)) kept.push([added]);
  }
  kept.sort((a, b) => a[0]!.start - b[0]!.start);
  return kept;
}

/**
 * The model read once: the adders in order, and per feature the adders that weigh it (by their place
 * in that order), so a criterion costs one lookup per feature instead of one per feature and skill.
 */
type Weighed = { adders: Int32Array; weights: Float64Array };

type ModelIndex = {
  ids: string[];
  scorers: LinearScorer[];
  biases: Float64Array;
  /** Per feature, the adders that weigh it and their weights, side by side in the adders' order. */
  byFeature: Map<string, Weighed>;
  /** The same for the criterion's words (`u:` features), by word, so a criterion is scored without naming them. */
  byWord: Map<string, Weighed>;
  /** The same for its word pairs (`b:` features), by first word then second. */
  byPair: Map<string, Map<string, Weighed>>;
  /** A verifier without weights keeps all or nothing: its features need not be read. */
  keepsAll: boolean;
};

const indexes = new WeakMap<LearnedModel, ModelIndex>();

function indexFor(model: LearnedModel): ModelIndex {
  const known = indexes.get(model);
  if (known) return known;
  const entries = Object.entries(model.adder.skills);
  const lists = new Map<string, Array<[adder: number, weight: number]>>();
  entries.forEach(([, scorer], k) => {
    for (const [feature, weight] of Object.entries(scorer.weights)) {
      const list = lists.get(feature);
      if (list) list.push([k, weight]);
      else lists.set(feature, [[k, weight]]);
    }
  });
  const byFeature: ModelIndex['byFeature'] = new Map();
  for (const [feature, list] of lists) {
    byFeature.set(feature, {
      adders: Int32Array.from(list, ([k]) => k),
      weights: Float64Array.from(list, ([, w]) => w),
    });
  }
  const index: ModelIndex = {
    ids: entries.map(([id]) => id),
    scorers: entries.map(([, scorer]) => scorer),
    biases: Float64Array.from(entries, ([, scorer]) => scorer.bias),
    byFeature,
    ...byWordAndPair(byFeature),
    keepsAll:
      Object.keys(model.verifier.weights).length === 0 && probability(model.verifier, []) >= model.verifier.threshold,
  };
  indexes.set(model, index);
  return index;
}

function byWordAndPair(byFeature: Map<string, Weighed>): Pick<ModelIndex, 'byWord' | 'byPair'> {
  const byWord = new Map<string, Weighed>();
  const byPair = new Map<string, Map<string, Weighed>>();
  for (const [feature, weighed] of byFeature) {
    if (feature.startsWith('u:')) byWord.set(feature.slice(2), weighed);
    if (!feature.startsWith('b:')) continue;
    // A word may hold '_' itself: the pair is filed under every split, and only its own words spell it again.
    const pair = feature.slice(2);
    for (let at = pair.indexOf('_'); at >= 0; at = pair.indexOf('_', at + 1)) {
      const first = pair.slice(0, at);
      const after = byPair.get(first) ?? new Map<string, Weighed>();
      byPair.set(first, after.set(pair.slice(at + 1), weighed));
    }
  }
  return { byWord, byPair };
}

/**
 * Each adder's logit over the criterion's distinct features, in the adders' order: its words and word pairs
 * (`textFeatures`, looked up without naming each one), the skills the rules found and the advert's features.
 * Each weighed feature is added once, in the order the features come, so the sum is the same to the last bit.
 */
function adderScores(
  index: ModelIndex,
  tokens: readonly Token[],
  scopes: TokenScopes,
  foundIds: readonly string[],
  around: readonly string[],
): Float64Array {
  const z = index.biases.slice();
  const added = new Set<Weighed>();
  const add = (weighed: Weighed | undefined) => {
    if (!weighed || added.has(weighed)) return;
    added.add(weighed);
    const { adders, weights } = weighed;
    for (let i = 0; i < adders.length; i++) {
      const k = adders[i]!;
      z[k] = z[k]! + weights[i]!;
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const word = featureWord(tokens[i]);
    add(index.byWord.get(word));
    if (i + 1 < tokens.length && scopes.phraseBreak[i + 1] !== 1)
      add(index.byPair.get(word)?.get(featureWord(tokens[i + 1])));
  }
  for (const id of foundIds) add(index.byFeature.get(`found:${id}`));
  for (const feature of around) add(index.byFeature.get(feature));
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
  /** The advert's features, and the heading they were read from, which "Why?" names when it weighed. */
  around: { features: readonly string[]; heading: string | null },
): Candidate | null {
  const decisive = words
    .map((f) => ({ f, w: weightOf(scorer, f.name) }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w)
    .slice(0, NAMED_WORDS);
  const top = decisive[0]?.f;
  if (!top) return null;
  const named = decisive.map(({ f }) => `"${raw.slice(f.start, f.end).join(' ')}"`).join(', ');
  const headingWeight = around.features
    .filter((f) => f.startsWith('h:') && f !== 'h:-')
    .reduce((sum, f) => sum + weightOf(scorer, f), 0);
  // The heading is named when it ranks among the weights that decided, beside the words.
  const outranked = decisive.filter((x) => x.w > headingWeight).length;
  const underHeading =
    around.heading && headingWeight > 0 && outranked < NAMED_WORDS ? `, under "${around.heading.trim()}"` : '';
  const variant = raw.slice(top.start, top.end).join(' ');
  const rule = { skillId: id, pattern: variant, needs: null, unless: null, window: 0, cueKind: null };
  return {
    start: top.start,
    end: top.end,
    terminal: { rule, skillId: id, variant, length: 0, exactCase: null, wordLike: false },
    cue: -1,
    cueLength: 0,
    explanation: `learned from labelled adverts: the words ${named}${underHeading}`,
  };
}
