import type { Level } from '../model/criterion';
import type { Outline, OutlineGap, OutlineSection } from './outline';

const LEVEL_WORDS: Record<Level, string> = { essential: 'Essential', desirable: 'Desirable', unspecified: 'Criterion' };
const number = (n: number) => n.toLocaleString('en-GB');

export function gapLine(gap: OutlineGap): string {
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

/** The budget in words, for the line under a heading. */
export function budgetWords(section: OutlineSection): string {
  return section.notInStatement
    ? 'assessed elsewhere, not from your statement: no words budgeted'
    : `about ${number(section.wordBudget)} words`;
}

/** Why a note shared with an earlier section is flagged. */
export const coveredAboveLine = (skillLabel: string, section: number) =>
  `[COVERED ABOVE: your ${skillLabel} example is already under ${section}. Each criterion is scored on its own and “covered above” scores nothing: write it out here, or use another example]`;

/** The lines of one section, without its number: heading in the criterion's own words, then the notes. */
function sectionLines(section: OutlineSection, limit: number): string[] {
  const where = [section.category, LEVEL_WORDS[section.level]].filter(Boolean).join(' · ');
  const repeats = section.criterionIds.length > 1 ? ` · asked ${section.criterionIds.length} times, answered once` : '';
  const lines = [
    `   ${where} · ${budgetWords(section)}${repeats} · running total ${number(section.runningWords)} of ${number(limit)} words`,
  ];
  for (const note of section.notes) lines.push(`   ${note.skillLabel}: ${note.text}`);
  for (const shared of section.coveredAbove) lines.push(`   ${coveredAboveLine(shared.skillLabel, shared.section)}`);
  if (section.gap) lines.push(`   ${gapLine(section.gap)}`);
  return lines;
}

/** One criterion's part of the plan as plain text, for the clipboard. */
export function sectionText(section: OutlineSection, limit: number): string {
  return `${[section.text, ...sectionLines(section, limit).map((l) => l.trimStart())].join('\n')}\n`;
}

/** The plan as plain text for the clipboard: headings in the criteria's words, budgets, notes, gaps marked. */
export function outlineText(outline: Outline): string {
  const lines: string[] = [];
  const heading = [outline.title, outline.employer].filter(Boolean).join(' – ');
  lines.push(`Supporting statement outline${heading ? `: ${heading}` : ''}`);
  lines.push(`Words in your notes: ${number(outline.words)} of ${number(outline.limit)}`);
  lines.push(
    `Word budgets share the ${number(outline.limit)} words across the criteria: an essential one gets twice a desirable one's share.`,
  );
  outline.sections.forEach((section, i) => {
    lines.push('');
    lines.push(`${i + 1}. ${section.text}`);
    lines.push(...sectionLines(section, outline.limit));
  });
  return `${lines.join('\n')}\n`;
}
