import { heldCount } from '../core/compare/held-count';
import type { CoachReport } from '../core/coach/coach-report';
import { wordBudgets } from '../core/statement/outline';
import type { AnalysedSpec } from '../core/model/analysed-spec';
import type { CriterionReport, Report } from '../core/model/report';
import type { Skill } from '../core/model/skill';
import { groupCriteria } from '../core/present/group-criteria';
import { STATUS_LABELS } from '../core/present/status-labels';
import { daysUntil, formatDate } from '../core/present/format-date';

export type Style = {
  bold(s: string): string;
  dim(s: string): string;
  status(c: CriterionReport['status'], s: string): string;
};

const ansi = (code: number) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
const STATUS_COLOURS = {
  met: ansi(32),
  'not-evidenced': ansi(36),
  partial: ansi(33),
  missing: ansi(31),
  'not-a-skill': ansi(2),
} as const;
export const COLOUR: Style = { bold: ansi(1), dim: ansi(2), status: (c, s) => STATUS_COLOURS[c](s) };
export const PLAIN: Style = { bold: (s) => s, dim: (s) => s, status: (_, s) => s };

/** A readable report: the advert, the essential tally, blockers first, then every criterion by category and level. */
export function formatReport(
  analysed: AnalysedSpec,
  report: Report | null,
  skills: ReadonlyMap<string, Skill>,
  style: Style,
  now = new Date(),
  coach: CoachReport | null = null,
): string {
  const lines: string[] = [];
  const label = (id: string) => skills.get(id)?.label ?? id;
  const isDocument = analysed.site === 'document';
  lines.push(style.bold(analysed.title ?? (isDocument ? 'Untitled document' : 'Untitled page')));
  const facts = [analysed.employer, analysed.band];
  if (analysed.closingDate) {
    const days = daysUntil(analysed.closingDate, now);
    facts.push(`closes ${formatDate(analysed.closingDate)}${days < 0 ? ' (closed)' : ` (${days} days)`}`);
  }
  if (analysed.postedDate) facts.push(`posted ${formatDate(analysed.postedDate)}`);
  const factLine = facts.filter(Boolean).join(' · ');
  if (factLine) lines.push(factLine);
  lines.push('');

  if (analysed.criteria.length === 0) {
    lines.push(noSpecMessage(analysed));
    return lines.join('\n');
  }

  const items: CriterionReport[] =
    report?.criteria ??
    analysed.criteria.map((criterion) => ({ criterion, status: 'not-a-skill' as const, skills: [] }));

  if (report) {
    const { essential, desirable } = report.counts;
    const unevidenced = essential.notEvidenced > 0 ? ` (${essential.notEvidenced} still without an evidence note)` : '';
    lines.push(
      style.bold(`Essential criteria met: ${heldCount(essential)} of ${essential.total}`) +
        unevidenced +
        ` · ${essential.partial} partly · ${report.blockers.length} blocker${report.blockers.length === 1 ? '' : 's'}` +
        ` · desirable ${heldCount(desirable)} of ${desirable.total}`,
    );
    if (coach) {
      const { points, primary } = coach.shortlisting;
      const level = primary === 'essential' ? 'essential' : 'unmarked';
      lines.push(
        style.bold(`Shortlisting: ${points.earned} of ${points.possible} points on ${level} criteria`) +
          style.dim(' (0 to 2 a criterion, from your profile: a guide, not a prediction)'),
      );
    }
    lines.push('');
    if (report.blockers.length > 0) {
      lines.push(style.bold('BLOCKERS: essential criteria you do not meet yet'));
      for (const item of report.blockers) {
        lines.push(`  ${style.status('missing', '✗')} ${item.criterion.text}`);
        const missing = item.skills.filter((s) => s.satisfied === 'no').map((s) => label(s.skillId));
        lines.push(style.dim(`      missing: ${missing.join(', ')}`));
      }
      lines.push('');
    }
  }

  const budgets = coach ? wordBudgets(coach.outline) : null;
  for (const group of groupCriteria(items)) {
    lines.push(style.bold(group.category.toUpperCase()));
    for (const { level, items: levelItems } of group.levels) {
      lines.push(`  ${level[0]!.toUpperCase()}${level.slice(1)}`);
      for (const item of levelItems) {
        const mark = report ? style.status(item.status, STATUS_LABELS[item.status].symbol) : '•';
        const scored = coach?.shortlisting.criteria.get(item.criterion.id);
        lines.push(`    ${mark} ${scored ? `[${scored.score}/2] ` : ''}${item.criterion.text}`);
        const found = report
          ? item.skills.map(
              (s) => `${label(s.skillId)} ${s.satisfied === 'held' ? '✓' : s.satisfied === 'no' ? '✗' : '◐'}`,
            )
          : [...new Set(item.criterion.hits.filter((h) => !h.negated).map((h) => label(h.skillId)))];
        if (found.length > 0) lines.push(style.dim(`        ${found.join(' · ')}`));
        if (scored) {
          const budget = budgets?.get(item.criterion.id) ?? 0;
          lines.push(style.dim(`        ${scored.why}${budget > 0 ? ` About ${budget} words.` : ''}`));
        }
      }
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

function noSpecMessage(analysed: AnalysedSpec): string {
  if (analysed.site === 'document') return 'No criteria found in this document.';
  if (analysed.pageKind === 'search-results') return 'This is a search results page: open an advert to analyse it.';
  return 'No person specification found on this page. It may be in an attached document.';
}
