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

  it('gives a word read with its list’s head up to a phrase that starts inside it and names the whole list', () => {
    // "recognised teaching [qualification]" against "teaching and assessing qualification".
    const withHead = { ...candidate(0, 2, 'qual-teaching'), withHead: true };
    const whole = candidate(1, 5, 'qual-practice-assessor');
    expect(selectSpans([withHead, whole]).map((span) => span[0]!.terminal.skillId)).toEqual(['qual-practice-assessor']);
    // A phrase that ends at the word's own end, or one word past it, leaves the word its head.
    const next = candidate(1, 3, 'lead-teaching-training');
    expect(selectSpans([withHead, next]).map((span) => span[0]!.terminal.skillId)).toEqual(['qual-teaching']);
  });

  it('adds a reading with the first of two joined verbs to the span of the second that holds its whole object', () => {
    // "leading and managing a team": tokens 0 leading, 1 and, 2 managing, 3 a, 4 team.
    const second = candidate(2, 5, 'lead-line-management');
    const first = { ...candidate(3, 5, 'lead-leadership'), withHead: true, sharedVerb: 0 };
    // Read with the first verb to a word before the object's end, it says less than the phrase: left out.
    const shorter = { ...candidate(3, 4, 'lead-operational-management'), withHead: true, sharedVerb: 0 };
    const spans = selectSpans([second, first, shorter]);
    expect(spans.map((span) => span.map((c) => [c.terminal.skillId, c.start, c.end]))).toEqual([
      [
        ['lead-line-management', 2, 5],
        ['lead-leadership', 2, 5],
      ],
    ]);
  });
});
