import { skillDefinitionSchema, type Skill, type SkillDefinition, type Variant } from '../spec/skill';
import { tokenise } from '../match/tokenise';
import { expandPattern } from './expand-pattern';

/** A phrase of the taxonomy, reached at the end of its path through the trie. */
export type Terminal = {
  skillId: string;
  variant: string;
  length: number;
  /** Abbreviations only: per word, the exact form required ("RN"), or null where case is free. */
  exactCase: Array<string | null> | null;
  needs: string[][] | null;
  unless: string[][] | null;
  window: number;
};

export type TrieNode = { next: Map<string, TrieNode>; terminals: Terminal[] };

export type Matcher = {
  root: TrieNode;
  skills: ReadonlyMap<string, Skill>;
  /** Number of phrases compiled, for diagnostics and benchmarks. */
  phraseCount: number;
};

const DEFAULT_WINDOW = 6;

const words = (phrase: string): string[] => tokenise(phrase).map((t) => t.norm);

/** Compiles skill definitions into one word trie: matching then costs one walk per word of text. */
export function compileTaxonomy(definitions: readonly SkillDefinition[]): Matcher {
  const skills = new Map<string, Skill>();
  for (const definition of definitions) {
    const skill = skillDefinitionSchema.parse(definition);
    if (skills.has(skill.id)) throw new Error(`Duplicate skill id "${skill.id}"`);
    skills.set(skill.id, skill);
  }
  for (const skill of skills.values()) {
    for (const parent of [...skill.implies, ...skill.broader]) {
      if (!skills.has(parent)) throw new Error(`Skill "${skill.id}" names unknown parent "${parent}"`);
    }
  }

  const root: TrieNode = { next: new Map(), terminals: [] };
  let phraseCount = 0;
  for (const skill of skills.values()) {
    for (const variant of skill.variants) phraseCount += addVariant(root, skill.id, variant, false);
    for (const variant of skill.abbreviations) phraseCount += addVariant(root, skill.id, variant, true);
  }
  return { root, skills, phraseCount };
}

function addVariant(root: TrieNode, skillId: string, variant: Variant, caseSensitive: boolean): number {
  const spec = typeof variant === 'string' ? { text: variant } : variant;
  const needs = spec.needs?.map(words) ?? null;
  const unless = spec.unless?.map(words) ?? null;
  let added = 0;
  for (const phrase of expandPattern(spec.text)) {
    const tokens = tokenise(phrase);
    if (tokens.length === 0) continue;
    let node = root;
    for (const token of tokens) {
      let child = node.next.get(token.norm);
      if (!child) {
        child = { next: new Map(), terminals: [] };
        node.next.set(token.norm, child);
      }
      node = child;
    }
    const exactCase = caseSensitive
      ? tokens.map((t) => (/\p{Lu}/u.test(t.raw) ? t.raw : null))
      : null;
    const duplicate = node.terminals.some(
      (t) => t.skillId === skillId && String(t.exactCase) === String(exactCase),
    );
    if (duplicate) continue;
    node.terminals.push({
      skillId,
      variant: phrase,
      length: tokens.length,
      exactCase,
      needs,
      unless,
      window: spec.window ?? DEFAULT_WINDOW,
    });
    added++;
  }
  return added;
}
