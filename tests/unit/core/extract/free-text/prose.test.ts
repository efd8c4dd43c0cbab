import { describe, expect, it } from 'vitest';
import { proseCriteria } from '../../../../../src/core/extract/free-text/prose';

const read = (text: string) => proseCriteria(text).map((c) => [text.slice(c.start, c.end), c.level]);

describe('requirements in prose', () => {
  it('finds stated requirements, one per sentence', () => {
    expect(
      read(
        'We are a friendly team. Experience of phlebotomy is essential. Knowledge of SystmOne would be an advantage. Applicants must hold a full UK driving licence.',
      ),
    ).toEqual([
      ['Experience of phlebotomy is essential', 'essential'],
      ['Knowledge of SystmOne would be an advantage', 'desirable'],
      ['Applicants must hold a full UK driving licence', 'essential'],
    ]);
  });

  it('reads "desirable but not essential" and "it is essential that you" the right way round', () => {
    expect(read('A mentorship qualification is desirable but not essential.')).toEqual([
      ['A mentorship qualification is desirable but not essential', 'desirable'],
    ]);
    expect(read("It's essential you have current NMC registration.")).toEqual([
      ["It's essential you have current NMC registration", 'essential'],
    ]);
  });

  it('leaves duties, arrangements and "not required" alone', () => {
    expect(read('It is essential that all staff follow the infection control policy.')).toEqual([]);
    expect(read('Previous experience is not essential as full training is given.')).toEqual([]);
    expect(read('Shortlisted candidates will need to be available for interview on 3 March.')).toEqual([]);
    expect(read('Teamwork is essential on a busy ward.')).toEqual([]);
  });

  it('does not split a sentence at "e.g."', () => {
    expect(read('Experience of an electronic record, e.g. EMIS, is desirable.')).toEqual([
      ['Experience of an electronic record, e.g. EMIS, is desirable', 'desirable'],
    ]);
  });
});
