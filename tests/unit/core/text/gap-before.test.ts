import { describe, expect, it } from 'vitest';
import { gapBefore } from '../../../../src/core/text/gap-before';
import { tokenise } from '../../../../src/core/text/tokenise';

describe('gapBefore', () => {
  const text = 'Audit, risk & (governance)  skills';
  const tokens = tokenise(text);

  it('gives the characters between a token and the one before it', () => {
    expect(tokens.map((_, k) => gapBefore(text, tokens, k))).toEqual(['', ', ', ' ', ' (', ')  ']);
  });

  it('is empty outside the tokens', () => {
    expect(gapBefore(text, tokens, -1)).toBe('');
    expect(gapBefore(text, tokens, tokens.length)).toBe('');
  });
});
