import { describe, expect, it } from 'vitest';
import { levelNumbers } from '../../../../../src/core/match/words/level-numbers';
import { tokenise } from '../../../../../src/core/text/tokenise';
import { ruleIds } from '../../../support/rule-ids';

const norms = (text: string) => levelNumbers(tokenise(text)).map((t) => t.norm);

describe('a qualification level abbreviated or run into its number', () => {
  it('reads "L3", "Lvl 2" and "level3in" as the level and its number, with their offsets', () => {
    expect(norms('an NVQ L3 award')).toEqual(['an', 'nvq', 'level', '3', 'award']);
    expect(norms('Lvl 2 diploma')).toEqual(['level', '2', 'diploma']);
    expect(norms('a level5in care')).toEqual(['a', 'level', '5', 'in', 'care']);
    expect(norms('an SVQ2 award')).toEqual(['an', 'svq', '2', 'award']);
    const text = 'hold NVQ L3';
    expect(levelNumbers(tokenise(text)).map((t) => text.slice(t.start, t.end))).toEqual(['hold', 'NVQ', 'L', '3']);
  });

  it('leaves a lower-case "l" and other words with numbers alone', () => {
    expect(norms('room l3 and B12')).toEqual(['room', 'l3', 'and', 'b12']);
  });

  it('names the care qualification at that level', () => {
    expect(ruleIds('Happy to work towards an NVQ L3 once in post', 'Support Worker')).toContain('qual-care-level3');
    expect(ruleIds('Holds an NVQ level3in adult social care', 'Support Worker')).toContain('qual-care-level3');
  });

  it('names both levels that share one subject', () => {
    const ids = ruleIds('Have achieved level 2 or 3 in health and social care', 'Care Assistant');
    expect(ids).toContain('qual-care-level2');
    expect(ids).toContain('qual-care-level3');
    expect(ruleIds('Level 2 or above in English and maths', 'Care Assistant')).not.toContain('qual-care-level2');
  });
});

describe("a doctor's training grade run into its year", () => {
  it('reads "ST4" and "CT2" in capitals as the grade and its year', () => {
    expect(norms('an ST4 level post')).toEqual(['an', 'st', '4', 'level', 'post']);
    expect(norms('CT2 or above')).toEqual(['ct', '2', 'or', 'above']);
    expect(norms('first 1st st3')).toEqual(['first', '1st', 'st3']);
  });

  it('names experience at that grade', () => {
    expect(ruleIds('Applicants working at ST3 level or above', 'Clinical Fellow')).toContain('exp-band-level');
    expect(ruleIds('Trainees at CT2 level', 'Specialty Doctor')).toContain('exp-band-level');
  });
});
