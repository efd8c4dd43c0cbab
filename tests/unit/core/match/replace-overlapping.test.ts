import { describe, expect, it } from 'vitest';
import { readCandidate } from '../../../../src/core/match/read-candidate';
import { replaceOverlapping } from '../../../../src/core/match/replace-overlapping';
import { tokenise } from '../../../../src/core/text/tokenise';

const tokens = tokenise('a certificate in leadership and management with audit skills');
const span = (start: number, end: number, skillId: string) => [readCandidate(tokens, [start, end], skillId, (w) => w)];

describe('replaceOverlapping', () => {
  it('puts the span read in place of those overlapping its words, and keeps the rest in text order', () => {
    const spans = [span(8, 9, 'gov-clinical-audit'), span(3, 4, 'lead-leadership'), span(0, 2, 'qual-x')];
    const read = readCandidate(tokens, [1, 6], 'qual-leadership-programme', (w) => w);
    expect(replaceOverlapping(spans, read).map((s) => s[0]!.terminal.skillId)).toEqual([
      'qual-leadership-programme',
      'gov-clinical-audit',
    ]);
  });

  it('keeps a span that ends where the one read starts', () => {
    const read = readCandidate(tokens, [2, 6], 'qual-leadership-programme', (w) => w);
    expect(replaceOverlapping([span(0, 2, 'qual-x')], read).map((s) => s[0]!.terminal.skillId)).toEqual([
      'qual-x',
      'qual-leadership-programme',
    ]);
  });
});
