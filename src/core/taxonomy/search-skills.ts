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

/**
 * Skills whose label or variants match what the user typed, best first: label prefix, then a word of
 * the label, then a variant ("RGN", "ILM"), then any containment. Normalised like the matcher, so
 * "organization" finds "Organisation".
 */
export function searchSkills(index: SkillSearchIndex, query: string, limit = 8): Skill[] {
  const q = lower(query.trim());
  if (!q) return [];
  const qNorm = tokenise(q)
    .map((t) => t.norm)
    .join(' ');
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

function scoreEntry(entry: SkillSearchIndex[number], q: string, qNorm: string): number {
  if (entry.label.startsWith(q)) return 100;
  if (entry.label.split(/[\s/()]+/).some((w) => w.startsWith(q))) return 80;
  if (entry.phrases.some((p) => p === q)) return 70;
  if (entry.phrases.some((p) => p.startsWith(q))) return 60;
  const labelNorm = tokenise(entry.label)
    .map((t) => t.norm)
    .join(' ');
  if (qNorm && labelNorm.includes(qNorm)) return 50;
  if (entry.label.includes(q) || entry.phrases.some((p) => p.includes(q))) return 30;
  return 0;
}
