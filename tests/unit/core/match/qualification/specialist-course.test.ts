import { describe, expect, it } from 'vitest';
import { scopeTokens } from '../../../../../src/core/match/clauses';
import { specialistCourses } from '../../../../../src/core/match/qualification/specialist-course';
import { tokenise } from '../../../../../src/core/text/tokenise';
import { ruleIds } from '../../../support/rule-ids';

const courses = (text: string) => {
  const tokens = tokenise(text);
  return specialistCourses(tokens, scopeTokens(text, tokens)).map((c) => c.terminal.variant);
};

/** A course marked specialist or postgraduate, with its subject between the marker and the noun. */
describe('marked specialist courses', () => {
  it('reads the marker, the subject and the course noun as one course', () => {
    expect(courses('Holds specialist stoma care training')).toEqual(['specialist stoma care training']);
    expect(courses('Some post graduate paediatric study')).toEqual(['post graduate paediatric study']);
    expect(ruleIds('A post-registration wound care module is desirable', 'Staff Nurse')).toContain(
      'qual-specialist-post-reg',
    );
  });

  it('reads no subject from generic or level words, nor across experience or a link', () => {
    expect(courses('Specialist clinical training')).toEqual([]);
    expect(courses('Postgraduate doctoral level training')).toEqual([]);
    expect(courses('Two years postgraduate experience with specialist training')).toEqual([]);
  });

  it('reads a course marked as taken after qualifying with only generic words, or none, before the noun', () => {
    expect(courses('Some post qualification training in hand therapy')).toEqual(['post qualification training']);
    expect(courses('Proof of recent post-qualifying further study')).toEqual(['post qualifying further study']);
    expect(courses('Holds a postgraduate level qualification')).toEqual(['postgraduate level qualification']);
    expect(courses('Further post registration education')).toEqual(['post registration education']);
  });

  it('reads no such course from a graduate marker alone, a scheme, a body, a clinical award or shared experience', () => {
    expect(courses('Five years of postgraduate training')).toEqual([]);
    expect(courses('Keen to teach on the postgraduate education days')).toEqual([]);
    expect(courses('Has joined a post qualification training scheme')).toEqual([]);
    expect(courses('Approved by the Committee for Post Qualification Training')).toEqual([]);
    expect(courses('Holds a postgraduate clinical diploma')).toEqual([]);
    expect(courses('Post-qualification training and experience in family work')).toEqual([]);
  });

  it('leaves a qualification the taxonomy names inside the course to its own skill', () => {
    const ids = ruleIds('A post-registration leadership qualification would be an advantage', 'Ward Manager');
    expect(ids).toContain('qual-leadership-programme');
    expect(ids).not.toContain('qual-specialist-post-reg');
  });
});

/** On a registered profession's advert, a qualification in a subject the taxonomy does not name otherwise. */
describe('a qualification in a subject', () => {
  it('is a specialist post-registration qualification', () => {
    expect(ruleIds('A certificate in sensory approaches would be welcome', 'Occupational Therapist')).toContain(
      'qual-specialist-post-reg',
    );
  });

  it('is not one on a support role’s advert, nor in a profession or a skill the taxonomy names', () => {
    expect(ruleIds('A certificate in sensory approaches would be welcome', 'Therapy Assistant')).not.toContain(
      'qual-specialist-post-reg',
    );
    expect(ruleIds('Holds qualifications in podiatry', 'Podiatrist')).not.toContain('qual-specialist-post-reg');
    expect(ruleIds('A qualification in business administration', 'Staff Nurse')).not.toContain(
      'qual-specialist-post-reg',
    );
  });
});
