import { describe, expect, it } from 'vitest';
import { afterPreamble } from '../../../../../src/core/extract/free-text/preamble';
import { proseCriteria } from '../../../../../src/core/extract/free-text/prose';

const asksNothing = () => false;
const from = (sentence: string) => sentence.slice(afterPreamble(sentence, asksNothing));

describe("the applicant's clause after a preamble", () => {
  it('starts where the applicant is asked, after a cause, a condition on the post or a comma', () => {
    expect(from('The clinic opens late on Thursdays, therefore you must be able to work until nine.')).toBe(
      'you must be able to work until nine.',
    );
    expect(from('As the depot serves three counties you will need a full driving licence.')).toBe(
      'you will need a full driving licence.',
    );
    expect(from('Where the rota allows and if the post is covered the successful candidate will be vetted.')).toBe(
      'the successful candidate will be vetted.',
    );
    expect(from('Since the unit is small and busy therefore ideally you will have worked in a lab.')).toBe(
      'ideally you will have worked in a lab.',
    );
  });

  it('keeps the whole sentence when the preamble asks, speaks of the applicant or is short', () => {
    const asks = (text: string) => /degree/.test(text);
    const sentence = 'With a degree in chemistry or a related subject, you will also have good IT skills.';
    expect(afterPreamble(sentence, asks)).toBe(0);
    expect(from('If you are a pharmacist, you must hold a prescribing qualification.')).toBe(
      'If you are a pharmacist, you must hold a prescribing qualification.',
    );
    expect(from('A calm and organised person, you will keep the diary running.')).toBe(
      'A calm and organised person, you will keep the diary running.',
    );
    expect(from('We need cover as well as you will need a licence.')).toBe(
      'We need cover as well as you will need a licence.',
    );
    expect(from('So you must be able to drive.')).toBe('So you must be able to drive.');
  });

  it('gives prose the requirement without the preamble', () => {
    const text = 'The team covers the whole county, so you will need to hold a full driving licence.';
    const [criterion] = proseCriteria(text);
    expect(text.slice(criterion!.start, criterion!.end)).toBe('you will need to hold a full driving licence');
  });
});
