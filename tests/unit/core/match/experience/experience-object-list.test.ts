import { describe, expect, it } from 'vitest';
import { scopeTokens } from '../../../../../src/core/match/clauses';
import { furtherObjects } from '../../../../../src/core/match/experience/experience-object-list';
import { compile } from '../../../../../src/core/match/experience/experience-objects';
import { tokenise } from '../../../../../src/core/text/tokenise';
import { ruleIds } from '../../../support/rule-ids';

/** The further objects of the experience at token 0, from the first object at token 2, as words. */
const further = (text: string) => {
  const tokens = tokenise(text);
  const { further: objects } = furtherObjects(compile(), tokens, scopeTokens(text, tokens), 0, 2);
  return objects.map(
    ({ range, where }) =>
      `${where ? 'where' : 'and'}: ${tokens
        .slice(...range)
        .map((t) => t.raw)
        .join(' ')}`,
  );
};

describe('furtherObjects', () => {
  it('reads each object after a joining word or a link saying where', () => {
    expect(further('Experience of rota planning and staff wellbeing within a renal unit')).toEqual([
      'and: staff wellbeing',
      'where: renal unit',
    ]);
  });
  it('stays inside the comma-separated part, and stops at a word of a course', () => {
    expect(further('Experience of audit, and within the stroke team')).toEqual([]);
    expect(further('Experience of teaching with a diploma in renal care')).toEqual([]);
  });
});

describe('a specialty named after the first object of an experience', () => {
  it('is read after a skill or a generic object', () => {
    expect(ruleIds('Experience of leadership within a cardiology department', 'Charge Nurse')).toContain(
      'exp-specialty',
    );
    expect(ruleIds('Experience of the effects of neglect and childhood trauma', 'Clinical Psychologist')).toContain(
      'exp-specialty',
    );
  });
  it('is not read after an activity joined by "and", nor from the people an activity is for', () => {
    // Patients named by their condition are a client group (client-group.ts); seizures are only what is managed.
    expect(ruleIds('Experience of managing seizures and motor neurone disease', 'Staff Nurse')).not.toContain(
      'exp-specialty',
    );
    expect(ruleIds('Experience of prescribing antibiotics in elderly patients', 'Pharmacist')).not.toContain(
      'exp-specialty',
    );
  });
});
