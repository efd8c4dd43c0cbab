import { COMMON_WORDS } from '../text/common-words';
import { numberedForm, tokenise } from '../text/tokenise';
import type { Skill, SkillDefinition, Variant } from '../model/skill';
import { parsePattern, triggerWords, type PatternItem } from './trigger-words';
import { addChild, emptyTrie, ROOT, type WordTrie } from './word-trie';

/** What one taxonomy variant demands of its context; shared by all the phrases it expands to. */
export type VariantRule = {
  /** null for a stop phrase: it claims its words and names no skill ("essential services"). */
  skillId: string | null;
  /** The taxonomy's pattern, as written ("[current] NMC (registration|PIN)"). */
  pattern: string;
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
   * Variants not compiled yet, by a word every one of their phrases contains (or else each word
   * they can start with), as normal forms. A text can only reach phrases whose words it contains,
   * so matching compiles just those: the content script's start-up stays short. Reading it
   * finishes the index first (see `indexSome`).
   */
  readonly pending: Map<string, PendingVariant[]>;
  /** Phrases compiled so far. */
  compiled: number;
  /** Number of phrases of the whole taxonomy (compiles what is still pending). */
  readonly phraseCount: number;
  /** Every variant in order, how far indexing them by their trigger words got, and the index so far. */
  indexing: { variants: PendingVariant[]; next: number; index: Map<string, PendingVariant[]> };
};

const DEFAULT_WINDOW = 6;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const words = (phrase: string): string[] => tokenise(phrase).map((t) => t.norm);

/**
 * Compiles skill definitions into one word trie: matching then costs one walk per word of text.
 * Stop phrases ("essential services", "financial audit") take part in the walk so that they claim
 * their words, but they name no skill. Compiling runs in the content script on every advert, so
 * variants enter the trie only when a text can reach them (`compileFor`), the trie allocates little,
 * and schema validation is left to the tests (skill.ts describes the same shape). Ids, duplicates
 * and parents are checked here, at once; the variants are indexed by their trigger words at once
 * too, or with `lazy` as they are first needed, or a slice at a time (`indexSome`), so that the
 * content script's start-up is not one long task.
 */
export function compileTaxonomy(
  definitions: readonly SkillDefinition[],
  stopPhrases: readonly string[] = [],
  { lazy = false } = {},
): Matcher {
  const skills = new Map<string, Skill>();
  for (const definition of definitions) {
    const skill = withDefaults(definition);
    if (skills.has(skill.id)) throw new Error(`Duplicate skill id "${skill.id}"`);
    skills.set(skill.id, skill);
  }
  for (const skill of skills.values()) {
    for (const parent of [...skill.implies, ...skill.broader]) {
      if (!skills.has(parent)) throw new Error(`Skill "${skill.id}" names unknown parent "${parent}"`);
    }
  }

  const variants: PendingVariant[] = [];
  const add = (skillId: string | null, variant: Variant, caseSensitive: boolean) =>
    variants.push({ skillId, variant, caseSensitive, done: false });
  for (const skill of skills.values()) {
    for (const variant of skill.variants) add(skill.id, variant, false);
    for (const variant of skill.abbreviations) add(skill.id, variant, true);
  }
  for (const phrase of stopPhrases) add(null, phrase, false);

  const matcher: Matcher = {
    trie: emptyTrie<Terminal>(),
    skills,
    get pending() {
      indexSome(matcher, () => true);
      return matcher.indexing.index;
    },
    compiled: 0,
    get phraseCount() {
      compileAll(matcher);
      return matcher.compiled;
    },
    indexing: { variants, next: 0, index: new Map() },
  };
  if (!lazy) indexSome(matcher, () => true);
  return matcher;
}

/**
 * Indexes variants by their trigger words while `more()` says so; true once every variant is
 * indexed. The content script calls it between tasks; anything that reads `pending` finishes it.
 */
export function indexSome(matcher: Matcher, more: () => boolean): boolean {
  const queue = matcher.indexing;
  const { index } = queue;
  while (queue.next < queue.variants.length) {
    const entry = queue.variants[queue.next++]!;
    for (const word of triggerWords(typeof entry.variant === 'string' ? entry.variant : entry.variant.text)) {
      const list = index.get(word);
      if (list) list.push(entry);
      else index.set(word, [entry]);
    }
    if (!more()) break;
  }
  if (queue.next < queue.variants.length) return false;
  queue.variants = [];
  queue.next = 0;
  return true;
}

/** Compiles the variants triggered by any of these words (normal forms): all a text with them can reach. */
export function compileFor(matcher: Matcher, words: Iterable<string>): void {
  compileSome(matcher, words, () => true);
}

/**
 * Compiles the variants these words trigger while `more()` says so; true when all are compiled.
 * A word whose variants are not all compiled stays pending, so calling it again resumes.
 */
export function compileSome(matcher: Matcher, words: Iterable<string>, more: () => boolean): boolean {
  const pending = matcher.pending;
  if (pending.size === 0) return true;
  for (const word of words) {
    const list = pending.get(word);
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const entry = list[i]!;
      if (entry.done) continue;
      entry.done = true;
      matcher.compiled += addVariant(matcher.trie, entry.skillId, entry.variant, entry.caseSensitive);
      if (!more() && i + 1 < list.length) return false;
    }
    pending.delete(word);
    if (!more()) return false;
  }
  return true;
}

/** Compiles everything still pending: for benchmarks, diagnostics and checks of the whole taxonomy. */
export function compileAll(matcher: Matcher): Matcher {
  compileFor(matcher, [...matcher.pending.keys()]);
  return matcher;
}

function withDefaults(definition: SkillDefinition): Skill {
  if (!ID.test(definition.id)) throw new Error(`Skill id "${definition.id}" is not lower-case words joined by hyphens`);
  if (!definition.label) throw new Error(`Skill "${definition.id}" has no label`);
  return {
    ...definition,
    abbreviations: definition.abbreviations ?? [],
    implies: definition.implies ?? [],
    broader: definition.broader ?? [],
    kind: definition.kind ?? 'skill',
  };
}

const MAX_EXPANSIONS = 512;

/** The rest of a pattern still to walk after a choice: the items after it, then the enclosing rest. */
type Rest = { items: readonly PatternItem[]; at: number; outer: Rest | null } | null;

function addVariant(
  trie: WordTrie<Terminal>,
  skillId: string | null,
  variant: Variant,
  caseSensitive: boolean,
): number {
  const spec = typeof variant === 'string' ? { text: variant } : variant;
  const rule: VariantRule = {
    skillId,
    pattern: spec.text,
    needs: spec.needs?.map(words) ?? null,
    unless: spec.unless?.map(words) ?? null,
    window: spec.window ?? DEFAULT_WINDOW,
    cueKind: spec.cueKind ?? null,
  };
  const path: string[] = [];
  let added = 0;
  let expansions = 0;

  const finish = (node: number) => {
    if (++expansions > MAX_EXPANSIONS)
      throw new Error(`Variant "${spec.text}" expands to more than ${MAX_EXPANSIONS} phrases`);
    if (path.length === 0) return;
    const exactCase = caseSensitive ? path.map((w) => (/\p{Lu}/u.test(w) ? w : null)) : null;
    const ends = (trie.ends[node] ??= []);
    // The same phrase again for the same skill adds nothing, unless the first one was conditional.
    const unconditional = (t: Terminal) => !t.rule.needs && !t.rule.unless;
    if (
      ends.some(
        (t) => t.rule === rule || (t.skillId === skillId && sameCase(t.exactCase, exactCase) && unconditional(t)),
      )
    )
      return;
    ends.push({
      rule,
      skillId,
      variant: path.join(' '),
      length: path.length,
      exactCase,
      wordLike: caseSensitive && path.length === 1 && COMMON_WORDS.has(path[0]!.toLowerCase()),
    });
    added++;
  };

  const walk = (
    items: readonly PatternItem[],
    at: number,
    node: number,
    previous: string | undefined,
    rest: Rest,
  ): void => {
    if (at === items.length) {
      if (rest) walk(rest.items, rest.at, node, previous, rest.outer);
      else finish(node);
      return;
    }
    const item = items[at]!;
    if ('options' in item) {
      const after: Rest = { items, at: at + 1, outer: rest };
      for (const option of item.options) walk(option, 0, node, previous, after);
      return;
    }
    const norm = numberedForm(previous, item.norm);
    path.push(item.word);
    walk(items, at + 1, addChild(trie, node, norm), norm, rest);
    path.pop();
  };

  walk(parsePattern(spec.text), 0, ROOT, undefined, null);
  return added;
}

function sameCase(a: Array<string | null> | null, b: Array<string | null> | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
