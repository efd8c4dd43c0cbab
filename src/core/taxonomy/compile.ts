import * as z from 'zod/mini';
import { COMMON_WORDS } from '../text/common-words';
import { tokenise } from '../text/tokenise';
import { skillDefinitionSchema, type Skill, type SkillDefinition, type Variant } from '../model/skill';
import { expandPattern } from './expand-pattern';
import { triggerWords } from './trigger-words';
import { addToVocabulary, vocabularyOf, type Vocabulary } from './vocabulary';
import type { LearnedModel } from './learned-model';
import { addChild, emptyTrie, endsAt, ROOT, type WordTrie } from './word-trie';
import { hasCapital, hasInnerHyphen, solidForm } from '../text/letters';

/** What one taxonomy variant demands of its context; shared by all the phrases it expands to. */
export type VariantRule = {
  /** null for a stop phrase: it claims its words and names no skill ("essential services"). */
  skillId: string | null;
  needs: string[][] | null;
  unless: string[][] | null;
  window: number;
  cueKind: string | null;
};

/** A phrase of the taxonomy, reached at the end of its path through the trie. */
export type Terminal = {
  rule: VariantRule;
  /** Copied from the rule for the hot path. */
  skillId: string | null;
  variant: string;
  length: number;
  /** Abbreviations only: per word, the exact form required ("RN"), or null where case is free. */
  exactCase: Array<string | null> | null;
  /** An abbreviation spelled like an English word ("IT", "MUST"): distrusted in capitals and before a verb. */
  wordLike: boolean;
};

/** A variant waiting to be compiled into the trie. */
type PendingVariant = { skillId: string | null; variant: Variant; caseSensitive: boolean; done: boolean };

export type Matcher = {
  /** The phrases compiled so far, by words: one walk per word of text finds them all. */
  trie: WordTrie<Terminal>;
  skills: ReadonlyMap<string, Skill>;
  /**
   * Variants not compiled yet, by a word every one of their phrases contains (or else each word they
   * can start with), as normal forms. A text can only reach phrases whose words it contains, so
   * `compileFor` compiles just those.
   */
  pending: Map<string, PendingVariant[]>;
  /** Phrases compiled so far. */
  compiled: number;
  /** Every word of the taxonomy's phrases and cues: a text's other words get a second reading. */
  vocabulary: Vocabulary;
  /** The model learned from labelled adverts that reviews what the rules find, when one is attached. */
  learned?: LearnedModel;
};

const DEFAULT_WINDOW = 6;
const words = (phrase: string): string[] => tokenise(phrase).map((t) => t.norm);

/**
 * Skill definitions → a matcher: each definition validated (and its defaults filled) by the skill
 * schema, ids unique, parents known, and every variant indexed by its trigger words. Nothing is in
 * the trie yet: `compileFor` adds what a text can reach, `compileAll` everything. Stop phrases
 * ("essential services", "financial audit") take part in matching so that they claim their words,
 * but they name no skill.
 */
export function compileTaxonomy(definitions: readonly SkillDefinition[], stopPhrases: readonly string[] = []): Matcher {
  return addSkills(
    { trie: emptyTrie<Terminal>(), skills: new Map(), pending: new Map(), compiled: 0, vocabulary: vocabularyOf([]) },
    definitions,
    stopPhrases,
  );
}

/**
 * More skills (a user's own) in a matcher, validated and indexed like the taxonomy's; returns the
 * matcher, changed. Their parents may be any skill the matcher knows.
 */
export function addSkills(
  matcher: Matcher,
  definitions: readonly SkillDefinition[],
  stopPhrases: readonly string[] = [],
): Matcher {
  const skills = matcher.skills as Map<string, Skill>;
  const added: Skill[] = [];
  for (const definition of definitions) {
    const parsed = skillDefinitionSchema.safeParse(definition);
    if (!parsed.success) throw new Error(`Skill "${definition.id}": ${z.prettifyError(parsed.error)}`);
    if (skills.has(parsed.data.id)) throw new Error(`Duplicate skill id "${parsed.data.id}"`);
    skills.set(parsed.data.id, parsed.data);
    added.push(parsed.data);
  }
  for (const skill of added) {
    for (const parent of [...skill.implies, ...skill.broader, ...skill.alsoNames]) {
      if (!skills.has(parent)) throw new Error(`Skill "${skill.id}" names unknown parent "${parent}"`);
    }
  }
  const { pending } = matcher;
  const add = (skillId: string | null, variant: Variant, caseSensitive: boolean) => {
    const entry = { skillId, variant, caseSensitive, done: false };
    for (const word of triggerWords(typeof variant === 'string' ? variant : variant.text)) {
      const list = pending.get(word);
      if (list) list.push(entry);
      else pending.set(word, [entry]);
    }
  };
  for (const skill of added) {
    for (const variant of skill.variants) add(skill.id, variant, false);
    for (const variant of skill.abbreviations) add(skill.id, variant, true);
  }
  for (const phrase of stopPhrases) add(null, phrase, false);
  addToVocabulary(matcher.vocabulary, patternsOf(added, stopPhrases));
  return matcher;
}

function* patternsOf(skills: Iterable<Skill>, stopPhrases: readonly string[]): Generator<string> {
  yield* stopPhrases;
  for (const skill of skills) {
    for (const variant of [...skill.variants, ...skill.abbreviations]) {
      if (typeof variant === 'string') yield variant;
      else yield* [variant.text, ...(variant.needs ?? []), ...(variant.unless ?? [])];
    }
  }
}

/** Compiles the variants triggered by any of these words (normal forms): all a text with them can reach. */
export function compileFor(matcher: Matcher, triggers: Iterable<string>): void {
  if (matcher.pending.size === 0) return;
  for (const word of triggers) {
    const list = matcher.pending.get(word);
    if (!list) continue;
    for (const entry of list) {
      if (entry.done) continue;
      entry.done = true;
      matcher.compiled += addVariant(matcher.trie, entry.skillId, entry.variant, entry.caseSensitive);
    }
    matcher.pending.delete(word);
  }
}

/** Compiles everything still pending: for benchmarks and checks of the whole taxonomy. */
export function compileAll(matcher: Matcher): Matcher {
  compileFor(matcher, [...matcher.pending.keys()]);
  return matcher;
}

/** "multi-disciplinary team" is also found written solid: "multidisciplinary team". */
function hyphenForms(phrase: string): string[] {
  if (!phrase.includes('-')) return [phrase];
  let forms = [''];
  for (const piece of phrase.split(' ')) {
    const options = hasInnerHyphen(piece) ? [piece, solidForm(piece)] : [piece];
    forms = forms.flatMap((head) => options.map((o) => (head ? `${head} ${o}` : o)));
  }
  return forms;
}

/** Adds every phrase of one variant to the trie; returns how many were new. */
function addVariant(trie: WordTrie<Terminal>, skillId: string | null, variant: Variant, caseSensitive: boolean) {
  const spec = typeof variant === 'string' ? { text: variant } : variant;
  const rule: VariantRule = {
    skillId,
    needs: spec.needs?.map(words) ?? null,
    unless: spec.unless?.map(words) ?? null,
    window: spec.window ?? DEFAULT_WINDOW,
    cueKind: spec.cueKind ?? null,
  };
  let added = 0;
  for (const phrase of expandPattern(spec.text).flatMap(hyphenForms)) {
    const tokens = tokenise(phrase);
    if (tokens.length === 0) continue;
    let node = ROOT;
    for (const token of tokens) node = addChild(trie, node, token.norm);
    const exactCase = caseSensitive ? tokens.map((t) => (hasCapital(t.raw) ? t.raw : null)) : null;
    const ends = endsAt(trie, node) ?? (trie.ends[node] = []);
    const written = tokens.map((t) => t.raw).join(' ');
    // The same phrase written the same way for the same skill is kept once, unconditional if either is: which of
    // two compiles first depends on the texts matched before (phrases compile lazily), so the outcome must not.
    // Written otherwise ("weekend" beside "weekends") both stay: readers look at the written form.
    const unconditional = (t: Terminal) => !t.rule.needs && !t.rule.unless;
    const sameWriting = (t: Terminal) =>
      t.skillId === skillId && t.variant === written && sameCase(t.exactCase, exactCase);
    if (ends.some((t) => t.rule === rule || (sameWriting(t) && unconditional(t)))) continue;
    if (!rule.needs && !rule.unless) {
      const before = ends.length;
      const kept = ends.filter((t) => !sameWriting(t));
      ends.splice(0, ends.length, ...kept);
      added -= before - kept.length;
    }
    ends.push({
      rule,
      skillId,
      variant: written,
      length: tokens.length,
      exactCase,
      wordLike: caseSensitive && tokens.length === 1 && COMMON_WORDS.has(tokens[0]!.raw.toLowerCase()),
    });
    added++;
  }
  return added;
}

function sameCase(a: Array<string | null> | null, b: Array<string | null> | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
