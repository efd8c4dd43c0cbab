import type { CriterionStatus } from '../model/report';

/** Text and symbol for each status: the status never depends on colour alone. */
export const STATUS_LABELS: Record<CriterionStatus, { text: string; symbol: string }> = {
  met: { text: 'Met', symbol: '✓' },
  'not-evidenced': { text: 'Met, no evidence yet', symbol: '✎' },
  partial: { text: 'Partly met', symbol: '◐' },
  missing: { text: 'Missing', symbol: '✗' },
  'not-a-skill': { text: 'No recognised skill', symbol: '–' },
};
