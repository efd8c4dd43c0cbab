import type { CriterionStatus } from '../model/report';

/**
 * Text and symbol for each status, in the words of the options page (an "example", not an "evidence
 * note"): the status never depends on colour alone.
 */
export const STATUS_LABELS: Record<CriterionStatus, { text: string; symbol: string }> = {
  met: { text: 'Met', symbol: '✓' },
  'not-evidenced': { text: 'Met, no example yet', symbol: '✎' },
  partial: { text: 'Partly met', symbol: '◐' },
  missing: { text: 'Missing', symbol: '✗' },
  'not-a-skill': { text: 'Check this yourself', symbol: '–' },
};
