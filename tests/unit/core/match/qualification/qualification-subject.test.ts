import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** An award named by its subject after "in" is the qualification the taxonomy names the other way round. */

describe('an award named by its subject', () => {
  it('is the subject’s qualification, not the skill the subject names', () => {
    expect(ruleIds('Holds a qualification in teaching')).toEqual(['qual-teaching']);
    expect(ruleIds('A certificate in leadership and management is desirable')).toEqual([
      'qual-management-qualification',
    ]);
    expect(ruleIds('Diploma in project management or equivalent')).toEqual(['qual-project-management']);
    expect(ruleIds('Formal training in quality improvement methods')).toEqual(['qual-qi-training']);
  });

  it('is the specific qualification rather than the general course a word before it names', () => {
    expect(ruleIds('A postgraduate qualification in teaching')).toEqual(['qual-teaching']);
  });

  it('leaves a subject that turned round names no qualification, and courses in a specialty', () => {
    expect(ruleIds('Experience of and training in clinical supervision')).toEqual(['lead-supervision-delegation']);
    expect(ruleIds('Specialist qualification in tissue viability')).toEqual(['qual-specialist-post-reg']);
  });

  it('ends the subject where another matter begins', () => {
    expect(ruleIds('Completed a course in leadership for new ward managers')).toEqual(['qual-leadership-programme']);
  });
});
