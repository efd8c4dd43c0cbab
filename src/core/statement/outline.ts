import type { Level } from '../model/criterion';
import type { CriterionReport, CriterionStatus, Report } from '../model/report';
import type { Skill } from '../model/skill';
import { noteText, noteWords } from './note-text';

export type OutlineNote = { noteId: string; skillId: string; skillLabel: string; text: string; words: number };

/** What is still to do for a criterion before the statement covers it. */
export type OutlineGap =
  | { kind: 'missing'; skills: string[] }
  | { kind: 'no-evidence'; skills: string[] }
  | { kind: 'partial' }
  | { kind: 'unchecked' };

export type OutlineSection = {
  criterionId: string;
  category: string | null;
  level: Level;
  text: string;
  status: CriterionStatus;
  notes: OutlineNote[];
  gap: OutlineGap | null;
};

export type Outline = {
  title: string | null;
  employer: string | null;
  sections: OutlineSection[];
  /** Words in the notes the outline uses, each note counted once however many criteria it serves. */
  words: number;
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

/** The supporting statement's skeleton: every criterion in person-spec order with the user's notes for it. */
export function buildOutline(report: Report, skills: ReadonlyMap<string, Skill>, limit: number): Outline {
  const label = labelOf(skills);
  const counted = new Map<string, number>();
  const sections = report.criteria.map((item): OutlineSection => {
    const notes = (item.evidence ?? []).map(({ skillId, note }) => {
      const words = noteWords(note);
      counted.set(note.id + '\u0000' + skillId, words);
      return { noteId: note.id, skillId, skillLabel: label(skillId), text: noteText(note), words };
    });
    return {
      criterionId: item.criterion.id,
      category: item.criterion.category,
      level: item.criterion.level,
      text: item.criterion.text,
      status: item.status,
      notes,
      gap: gapOf(item, label),
    };
  });
  return {
    title: report.spec.title,
    employer: report.spec.employer,
    sections,
    words: [...counted.values()].reduce((a, b) => a + b, 0),
    limit,
  };
}

const LEVEL_WORDS: Record<Level, string> = { essential: 'Essential', desirable: 'Desirable', unspecified: 'Criterion' };

function gapLine(gap: OutlineGap): string {
  switch (gap.kind) {
    case 'missing':
      return `[GAP: not in your profile${gap.skills.length ? `: ${gap.skills.join(', ')}` : ''}]`;
    case 'no-evidence':
      return `[GAP: no evidence note yet${gap.skills.length ? ` for ${gap.skills.join(', ')}` : ''}]`;
    case 'partial':
      return '[GAP: only partly met; say how you meet the rest]';
    case 'unchecked':
      return '[CHECK: no recognised skill; answer this one yourself]';
  }
}

/** The outline as plain text for the clipboard: headings, the notes as paragraphs, gaps marked. */
export function outlineText(outline: Outline): string {
  const lines: string[] = [];
  const heading = [outline.title, outline.employer].filter(Boolean).join(' – ');
  lines.push(`Supporting statement outline${heading ? `: ${heading}` : ''}`);
  lines.push(
    `Words in your notes: ${outline.words.toLocaleString('en-GB')} of ${outline.limit.toLocaleString('en-GB')}`,
  );
  outline.sections.forEach((section, i) => {
    lines.push('');
    const where = [section.category, LEVEL_WORDS[section.level]].filter(Boolean).join(', ');
    lines.push(`${i + 1}. ${section.text} (${where})`);
    for (const note of section.notes) lines.push(`   ${note.skillLabel}: ${note.text}`);
    if (section.gap) lines.push(`   ${gapLine(section.gap)}`);
  });
  return `${lines.join('\n')}\n`;
}
