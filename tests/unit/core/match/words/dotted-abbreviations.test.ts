import { describe, expect, it } from 'vitest';
import { joinDotted } from '../../../../../src/core/match/words/dotted-abbreviations';
import { vocabularyOf } from '../../../../../src/core/taxonomy/vocabulary';
import { tokenise } from '../../../../../src/core/text/tokenise';
import { ruleIds } from '../../../support/rule-ids';

/** An abbreviation written with full stops is the abbreviation, and its stops end no sentence. */

describe('abbreviations written with full stops', () => {
  it('read as the abbreviation the taxonomy writes without them', () => {
    expect(ruleIds('Good I.T. skills and a calm manner')).toContain('it-digital-literacy');
    expect(ruleIds('Holds a B.Sc in Physiotherapy', 'Physiotherapist')).toEqual(['qual-ahp-degree']);
    expect(ruleIds('Diploma or degree in O.T', 'Occupational Therapist')).toEqual(['qual-ahp-degree']);
    expect(ruleIds('M.Sc or equivalent experience')).toEqual(['qual-masters']);
  });

  it('join only into a taxonomy word, never Latin or words a stop was typed between', () => {
    const vocabulary = vocabularyOf(['IT skills', 'BSc', 'PA']);
    const words = (text: string) => joinDotted(text, tokenise(text), vocabulary).map((t) => t.raw);
    expect(words('Good I.T. skills')).toEqual(['Good', 'IT', 'skills']);
    expect(words('a B.Sc.')).toEqual(['a', 'BSc']);
    expect(words('Salary 20 p.a. plus P.A. duties')).toEqual(['Salary', '20', 'p', 'a', 'plus', 'P', 'A', 'duties']);
    expect(words('skills e.g. typing')).toEqual(['skills', 'e', 'g', 'typing']);
    expect(words('the team.It works')).toEqual(['the', 'team', 'It', 'works']);
  });

  it('keep offsets over the stops, so the whole abbreviation is marked', () => {
    const vocabulary = vocabularyOf(['IT skills']);
    const text = 'Basic I.T. skills';
    const [, it] = joinDotted(text, tokenise(text), vocabulary);
    expect(text.slice(it!.start, it!.end)).toBe('I.T.');
  });
});
