import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../src/core/match/find-candidates';
import { selectSpans } from '../../../../src/core/match/select-spans';
import type { Terminal } from '../../../../src/core/taxonomy/compile';

const candidate = (start: number, end: number, skillId: string, variant = skillId): Candidate => ({
  start,
  end,
  terminal: { skillId, variant } as Terminal,
  cue: start,
  cueLength: end - start,
});

describe('selectSpans', () => {
  it('keeps the longest phrase at each position and skips the words it covers', () => {
    const spans = selectSpans([
      candidate(0, 1, 'gov-audit'),
      candidate(0, 2, 'gov-clinical-audit'),
      candidate(1, 2, 'gov-audit'),
      candidate(3, 4, 'lead-leadership'),
    ]);
    expect(spans.map((span) => span.map((c) => c.terminal.skillId))).toEqual([
      ['gov-clinical-audit'],
      ['lead-leadership'],
    ]);
  });

  it('gives the skills of one span in the same order whatever order they were found in', () => {
    const found = [candidate(0, 3, 'reg-hcpc'), candidate(0, 3, 'comm-mdt'), candidate(0, 3, 'comm-mdt', 'MDT')];
    const orders = [found, [...found].reverse(), [found[1]!, found[0]!, found[2]!]];
    const ids = orders.map((order) => selectSpans(order)[0]!.map((c) => `${c.terminal.skillId}:${c.terminal.variant}`));
    expect(ids).toEqual(Array(3).fill(['comm-mdt:MDT', 'comm-mdt:comm-mdt', 'reg-hcpc:reg-hcpc']));
  });
});
