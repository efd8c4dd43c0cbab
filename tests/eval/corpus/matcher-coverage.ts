import { tokenise, type Token } from '../../../src/core/text/tokenise';
import type { SkillHit } from '../../../src/core/model/skill-hit';

export type MatcherCoverage = {
  /** Requirement lines (criteria) seen. */
  lines: number;
  linesWithSkill: number;
  linesWithoutSkill: number;
  /** linesWithoutSkill / lines (0 when there are no lines). */
  shareWithoutSkill: number;
  /** Hits that name a skill the line asks for (not negated), and negated ones. */
  hits: number;
  negatedHits: number;
  /** How often each skill fires: lines it fires in, and hits, most lines first. */
  skills: Array<{ skillId: string; lines: number; hits: number }>;
  /** The most frequent phrases of two to four words outside every hit, by the number of lines they occur in. */
  unmatchedPhrases: Array<{ phrase: string; lines: number }>;
};

const TOP_PHRASES = 50;
/** How many of the most frequent n-grams are considered for the list (the rest are rarer than any kept). */
const CANDIDATES = 2000;
const MIN_WORDS = 2;
const MAX_WORDS = 4;

/** Words that neither start nor end a phrase worth naming: function words and the frame of a criterion. */
const FRAME = new Set(
  (
    'a an and or the of to in on at for with by from as is are be been being was were will would can could ' +
    'should must may might shall has have had do does did not no nor but if than that this these those their ' +
    'they them it its he she his her you your we our us who whom which what when where how all any each ' +
    'other such some more most very well also including include includes e g eg etc i ie via per within ' +
    'across into onto up down out over under about between both either neither own same so too just ' +
    'able ability abilities experience experienced knowledge understanding awareness skill good excellent ' +
    'strong sound evidence demonstrate demonstrable demonstrated proven previous relevant appropriate ' +
    'essential desirable required requirement criteria use using used work working worked effective ' +
    'effectively high level levels new wide range'
  ).split(' '),
);

/**
 * How the matcher does on a stream of requirement lines: how often each skill fires, the share of
 * lines in which it finds nothing, and the phrases it leaves unmatched most often (to grow variants).
 */
export function matcherCoverage(criteria: Iterable<{ text: string; hits: SkillHit[] }>): MatcherCoverage {
  let lines = 0;
  let linesWithSkill = 0;
  let hits = 0;
  let negatedHits = 0;
  const skills = new Map<string, { lines: number; hits: number }>();
  const phrases = new Map<string, { lines: number; shown: string }>();

  for (const { text, hits: lineHits } of criteria) {
    lines++;
    const asked = lineHits.filter((h) => !h.negated);
    hits += asked.length;
    negatedHits += lineHits.length - asked.length;
    if (asked.length > 0) linesWithSkill++;
    const seen = new Set<string>();
    for (const hit of asked) {
      const entry = skills.get(hit.skillId) ?? { lines: 0, hits: 0 };
      entry.hits++;
      if (!seen.has(hit.skillId)) entry.lines++;
      seen.add(hit.skillId);
      skills.set(hit.skillId, entry);
    }
    for (const [key, shown] of unmatchedNgrams(text, lineHits)) {
      const entry = phrases.get(key) ?? { lines: 0, shown };
      entry.lines++;
      phrases.set(key, entry);
    }
  }

  return {
    lines,
    linesWithSkill,
    linesWithoutSkill: lines - linesWithSkill,
    shareWithoutSkill: lines === 0 ? 0 : (lines - linesWithSkill) / lines,
    hits,
    negatedHits,
    skills: [...skills]
      .map(([skillId, s]) => ({ skillId, ...s }))
      .sort((a, b) => b.lines - a.lines || a.skillId.localeCompare(b.skillId)),
    unmatchedPhrases: topPhrases(phrases),
  };
}

/** The n-grams of one line that lie entirely outside its hits, once each (normal form → as written). */
function unmatchedNgrams(text: string, hits: readonly SkillHit[]): Map<string, string> {
  const tokens = tokenise(text);
  const covered = (t: Token) => hits.some((h) => t.start < h.end && t.end > h.start);
  const found = new Map<string, string>();
  let run: Token[] = [];
  const flush = () => {
    for (let n = MIN_WORDS; n <= MAX_WORDS; n++) {
      for (let i = 0; i + n <= run.length; i++) {
        const words = run.slice(i, i + n);
        if (FRAME.has(words[0]!.norm) || FRAME.has(words[n - 1]!.norm)) continue;
        if (words.some((w) => /^\d+$/.test(w.norm))) continue;
        found.set(words.map((w) => w.norm).join(' '), words.map((w) => w.raw.toLowerCase()).join(' '));
      }
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const broken = i > 0 && /[.;:,()/•]/.test(text.slice(tokens[i - 1]!.end, token.start));
    if (covered(token) || broken) flush();
    if (!covered(token)) run.push(token);
  }
  flush();
  return found;
}

/**
 * Most frequent first; a phrase inside a longer one that is nearly as frequent gives way to it, so
 * "equally welcome" and "equally welcome to apply" are not both listed.
 */
function topPhrases(phrases: Map<string, { lines: number; shown: string }>): MatcherCoverage['unmatchedPhrases'] {
  const words = (key: string) => key.split(' ').length;
  const ranked = [...phrases]
    .filter(([, p]) => p.lines > 1)
    .sort((a, b) => b[1].lines - a[1].lines || words(b[0]) - words(a[0]) || a[0].localeCompare(b[0]))
    .slice(0, CANDIDATES);
  let kept: Array<[string, { lines: number; shown: string }]> = [];
  for (const candidate of ranked) {
    const [key, { lines }] = candidate;
    if (kept.some(([other, o]) => contains(other, key) && o.lines >= 0.8 * lines)) continue;
    kept = kept.filter(([other, o]) => !(contains(key, other) && lines >= 0.8 * o.lines));
    kept.push(candidate);
  }
  return kept.slice(0, TOP_PHRASES).map(([, p]) => ({ phrase: p.shown, lines: p.lines }));
}

const contains = (longer: string, shorter: string) => ` ${longer} `.includes(` ${shorter} `);

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The coverage as a readable report. */
export function formatMatcherCoverage(coverage: MatcherCoverage): string {
  const lines = [
    `Matcher coverage: ${coverage.lines} requirement lines, ${coverage.linesWithoutSkill} with no skill (${pct(coverage.shareWithoutSkill)})`,
    `  ${coverage.hits} skill hits, ${coverage.negatedHits} negated; ${coverage.skills.length} distinct skills fired`,
    '',
    'skills by lines fired in',
    ...coverage.skills.map((s) => `  ${String(s.lines).padStart(6)}  ${s.skillId}`),
    '',
    `the ${coverage.unmatchedPhrases.length} most frequent unmatched phrases (lines)`,
    ...coverage.unmatchedPhrases.map((p) => `  ${String(p.lines).padStart(6)}  ${p.phrase}`),
  ];
  return lines.join('\n');
}
