import { tokenise } from '../text/tokenise';
import type { Skill } from '../model/skill';
import { expandPattern } from './expand-pattern';

export type SkillSearchIndex = { skill: Skill; label: string; phrases: string[] }[];

const lower = (s: string) => s.toLowerCase();
const phraseText = (v: Skill['variants'][number]) => (typeof v === 'string' ? v : v.text);

/** Every skill with its label and the phrases a user might type for it, built once. */
export function buildSearchIndex(skills: Iterable<Skill>): SkillSearchIndex {
  return [...skills].map((skill) => ({
    skill,
    label: lower(skill.label),
    phrases: [...skill.variants, ...skill.abbreviations].flatMap((v) => expandPattern(phraseText(v))).map(lower),
  }));
}

/** The query as the matcher normalises words: "Organization" → "organisation". */
const normalise = (text: string) =>
  tokenise(text)
    .map((t) => t.norm)
    .join(' ');

/**
 * Skills whose label or variants match what the user typed, best first: the label itself, then the
 * label starting with it, then whole words of the label, then a word of the label starting with it,
 * and only then a variant ("RGN", "Excel"), so "audit" finds Clinical audit before a skill that merely
 * mentions audits. Normalised like the matcher, so "organization" finds "Organisation".
 */
export function searchSkills(index: SkillSearchIndex, query: string, limit = 8): Skill[] {
  const q = lower(query.trim()).replace(/\s+/g, ' ');
  if (!q) return [];
  const qNorm = normalise(q);
  const scored: Array<{ skill: Skill; score: number }> = [];
  for (const entry of index) {
    const score = scoreEntry(entry, q, qNorm);
    if (score > 0) scored.push({ skill: entry.skill, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.skill.label.localeCompare(b.skill.label))
    .slice(0, limit)
    .map((s) => s.skill);
}

/** Skills whose label, variant or abbreviation is exactly what the user typed (any case). */
export function exactMatches(index: SkillSearchIndex, query: string): Skill[] {
  const q = lower(query.trim()).replace(/\s+/g, ' ');
  if (!q) return [];
  return index.filter((e) => e.label === q || e.phrases.includes(q)).map((e) => e.skill);
}

const words = (text: string) => text.split(/[\s/(),]+/).filter(Boolean);
/** Whether `part` appears in `whole` as whole words. */
const hasWords = (whole: string, part: string) => ` ${words(whole).join(' ')} `.includes(` ${part} `);

function scoreEntry(entry: SkillSearchIndex[number], q: string, qNorm: string): number {
  const { label, phrases } = entry;
  if (label === q) return 120;
  if (label.startsWith(q)) return hasWords(label, q) ? 110 : 100;
  if (hasWords(label, q)) return 90;
  if (words(label).some((w) => w.startsWith(q))) return 80;
  if (phrases.includes(q)) return 70;
  if (phrases.some((p) => p.startsWith(q))) return 60;
  if (qNorm && normalise(label).includes(qNorm)) return 50;
  if (label.includes(q) || phrases.some((p) => p.includes(q))) return 30;
  return 0;
}
