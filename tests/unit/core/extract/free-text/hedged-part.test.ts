import { describe, expect, it } from 'vitest';
import { hedgedCut } from '../../../../../src/core/extract/free-text/hedged-part';

const parts = (text: string) => {
  const cut = hedgedCut(text, 0, text.length);
  if (!cut) return null;
  return {
    before: text.slice(0, cut.cut),
    hedged: text.slice(cut.hedgeAt, cut.hedgeEnd),
    rest: text.slice(cut.restAt, cut.restEnd),
  };
};

describe('the hedged part of a sentence', () => {
  it('runs to the end of the sentence when nothing ends it', () => {
    expect(parts('Band 5 experience, ideally in a busy surgical ward')).toEqual({
      before: 'Band 5 experience',
      hedged: 'ideally in a busy surgical ward',
      rest: '',
    });
  });

  it('ends where a verb the subject shares follows a hedged place, and the rest is kept', () => {
    expect(parts('Have worked in clinics, preferably in the community, and hold a licence to drive')).toEqual({
      before: 'Have worked in clinics',
      hedged: 'preferably in the community',
      rest: 'hold a licence to drive',
    });
  });

  it('ends before a concession or a purpose, which is not kept', () => {
    expect(parts('Theatre experience, ideally in recovery, but we will train you')?.hedged).toBe('ideally in recovery');
    expect(parts('A nurse, ideally with a dermatology background, to lead our clinics')?.rest).toBe('');
  });

  it('ends at the bracket it opened, unless a question follows', () => {
    expect(parts('A degree (ideally in biology) and good spreadsheet skills')).toEqual({
      before: 'A degree',
      hedged: 'ideally in biology',
      rest: 'good spreadsheet skills',
    });
    expect(parts('Are you an OT (ideally in paediatrics) and after a fresh start?')?.rest).toBe('');
  });

  it('does not read "would be preferable for" as a hedge', () => {
    expect(parts('Audit skills would be preferable for this role')).toBeNull();
  });
});
