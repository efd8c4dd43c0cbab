import type { Level } from '../model/criterion';
import type { CriterionReport, CriterionStatus, Report } from '../model/report';
import type { Skill } from '../model/skill';
import { sameCriterion } from '../extract/documents/merge-criteria';
import { noteText, noteWords } from './note-text';
import { shareWords } from './word-budget';
import { hasLetterOrDigit } from '../text/letters';

export type OutlineNote = { noteId: string; skillId: string; skillLabel: string; text: string; words: number };

/** What is still to do for a criterion before the statement covers it. */
export type OutlineGap =
  | { kind: 'missing'; skills: string[] }
  | { kind: 'no-evidence'; skills: string[] }
  | { kind: 'partial' }
  | { kind: 'unchecked' };

/** A note this section shares with an earlier one (`section` counts from 1). */
export type CoveredAbove = { noteId: string; skillLabel: string; section: number };

export type OutlineSection = {
  criterionId: string;
  /** Every criterion the section answers: an advert's repeats of a criterion are merged into its first. */
  criterionIds: string[];
  category: string | null;
  level: Level;
  /** The criterion in its own words: the heading shortlisters look for. */
  text: string;
  status: CriterionStatus;
  notes: OutlineNote[];
  gap: OutlineGap | null;
  /** The advert assesses it elsewhere only (at interview, by a test): no words are budgeted for it. */
  notInStatement: boolean;
  /** Words this section can take: the limit shared across sections, essential ones first. */
  wordBudget: number;
  /** Notes already used above: "covered above" scores nothing, as each criterion is scored on its own. */
  coveredAbove: CoveredAbove[];
  /** Words of the notes first used here; then the totals so far, of notes and of budgets. */
  newWords: number;
  runningWords: number;
  runningBudget: number;
};

export type Outline = {
  title: string | null;
  employer: string | null;
  sections: OutlineSection[];
  /** Words in the notes the outline uses, each note counted once however many criteria it serves. */
  words: number;
  /** The statement's word limit; the sections' budgets add up to it. */
  limit: number;
};

const labelOf = (skills: ReadonlyMap<string, Skill>) => (id: string) => skills.get(id)?.label ?? id;

function gapOf(item: CriterionReport, label: (id: string) => string): OutlineGap | null {
  switch (item.status) {
    case 'met':
      return null;
    case 'not-evidenced':
      return { kind: 'no-evidence', skills: (item.needsEvidence ?? []).map(label) };
    case 'partial':
      return { kind: 'partial' };
    case 'missing':
      return { kind: 'missing', skills: item.skills.filter((s) => s.satisfied === 'no').map((s) => label(s.skillId)) };
    case 'not-a-skill':
      return { kind: 'unchecked' };
  }
}

const hasWords = hasLetterOrDigit;
const notAssessedFromStatement = (item: CriterionReport) =>
  (item.criterion.assessedBy?.length ?? 0) > 0 && !item.criterion.assessedBy!.includes('application');
const LEVEL_RANK: Record<Level, number> = { essential: 2, unspecified: 1, desirable: 0 };
/** Essential and unmarked criteria get twice a desirable one's share: shortlisting turns on them. */
const LEVEL_WEIGHT: Record<Level, number> = { essential: 2, unspecified: 2, desirable: 1 };

/**
 * The supporting statement's plan: every criterion in person-spec order (repeats merged), headed in its
 * own words, with the user's notes for it, what is still to do, its share of the word limit, notes
 * that would be "covered above", and running totals against the limit.
 */
export function buildOutline(report: Report, skills: ReadonlyMap<string, Skill>, limit: number): Outline {
  const label = labelOf(skills);
  const merged: Array<{ section: OutlineSection; assessedHere: boolean }> = [];
  for (const item of report.criteria) {
    // A criterion the advert repeats (in two categories, on the page and in a document) is answered once.
    const known = hasWords(item.criterion.text)
      ? merged.find((m) => sameCriterion(m.section.text, item.criterion.text))
      : undefined;
    if (known) {
      known.section.criterionIds.push(item.criterion.id);
      if (LEVEL_RANK[item.criterion.level] > LEVEL_RANK[known.section.level])
        known.section.level = item.criterion.level;
      known.assessedHere ||= !notAssessedFromStatement(item);
      continue;
    }
    const notes = (item.evidence ?? []).map(({ skillId, note }) => ({
      noteId: note.id,
      skillId,
      skillLabel: label(skillId),
      text: noteText(note),
      words: noteWords(note),
    }));
    const section: OutlineSection = {
      criterionId: item.criterion.id,
      criterionIds: [item.criterion.id],
      category: item.criterion.category,
      level: item.criterion.level,
      text: item.criterion.text,
      status: item.status,
      notes,
      gap: gapOf(item, label),
      notInStatement: false,
      wordBudget: 0,
      coveredAbove: [],
      newWords: 0,
      runningWords: 0,
      runningBudget: 0,
    };
    const entry = { section, assessedHere: !notAssessedFromStatement(item) };
    merged.push(entry);
  }

  const sections = merged.map(({ section, assessedHere }) => ({ ...section, notInStatement: !assessedHere }));
  const budgets = shareWords(
    sections.map((s) => (s.notInStatement ? 0 : LEVEL_WEIGHT[s.level])),
    limit,
  );
  // A note is counted where it is first used; its text, not its id, says it is the same (a linked copy is).
  const firstUse = new Map<string, number>();
  let words = 0;
  let budgeted = 0;
  sections.forEach((section, i) => {
    section.wordBudget = budgets[i]!;
    for (const note of section.notes) {
      const earlier = firstUse.get(note.text);
      if (earlier !== undefined && earlier < i) {
        section.coveredAbove.push({ noteId: note.noteId, skillLabel: note.skillLabel, section: earlier + 1 });
      } else if (earlier === undefined) {
        firstUse.set(note.text, i);
        section.newWords += note.words;
      }
    }
    words += section.newWords;
    budgeted += section.wordBudget;
    section.runningWords = words;
    section.runningBudget = budgeted;
  });
  return { title: report.spec.title, employer: report.spec.employer, sections, words, limit };
}

/** Each criterion's word budget by its id: a merged repeat has 0, its first has the section's. */
export function wordBudgets(outline: Outline): Map<string, number> {
  const budgets = new Map<string, number>();
  for (const section of outline.sections) {
    section.criterionIds.forEach((id, i) => budgets.set(id, i === 0 ? section.wordBudget : 0));
  }
  return budgets;
}
