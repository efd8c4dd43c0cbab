import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../../src/core/taxonomy/default-matcher';

/** "an experienced [role]" read as the labelling rules read it (rule 9); phrasings written for the tests. */
const matcher = defaultMatcher();
const experience = (text: string, title = '') =>
  matchText(matcher, text, { title })
    .filter((h) => !h.negated && h.skillId.startsWith('exp-'))
    .map((h) => h.skillId);

describe('experience read from "experienced" and the role it qualifies', () => {
  it.each([
    ['We want an experienced Bank Mental Health Nurse for our ward', 'Staff Nurse'],
    ['An experienced RMN with a current PIN', 'Community Mental Health Nurse'],
    ["We are looking for an experienced and dedicated Children's Nurse", 'Community Nurse'],
    ['An experienced Pharmacy Technician is sought', 'Pharmacy Technician'],
    ['We want an experienced, truly dedicated and positive Physiotherapist', 'Physiotherapist'],
    ['Are you an experienced clinician looking for a change?', 'Mental Health Practitioner'],
  ])('%s: post-registration experience', (text, title) => {
    expect(experience(text, title)).toEqual(['exp-post-registration']);
  });

  it.each([
    ['We need experienced Healthcare Assistants for the ward', 'Healthcare Assistant'],
    ['Experienced Bank HCA wanted', 'Bank HCA'],
  ])('%s: care experience', (text, title) => {
    expect(experience(text, title)).toContain('exp-care-setting');
    expect(experience(text, title)).not.toContain('exp-post-registration');
  });

  it('keeps a specialty and a senior post apart from the profession', () => {
    expect(experience('An experienced Endoscopy Nurse', 'Staff Nurse')).toEqual(['exp-specialty']);
    expect(experience('An experienced Senior Pharmacist', 'Pharmacist')).toEqual(['exp-band-level']);
  });

  it('reads nothing across a comma when no list of qualities follows', () => {
    expect(experience('An experienced, MSc level Physiotherapist', 'Physiotherapist')).toEqual([]);
  });

  it('reads alternatives of the role’s words joined by a slash', () => {
    expect(experience('Looking for an experienced Staff/Bank Nurse', 'Staff Nurse')).toContain('exp-post-registration');
  });

  it('reads a social worker as a profession, not a care role', () => {
    expect(experience('An experienced Social Worker', 'Social Worker')).not.toContain('exp-care-setting');
  });

  it('passes over a list of qualities to a plural role that looks like an adjective', () => {
    expect(experience('Seeking experienced, dedicated and energetic midwives for our unit', 'Midwife')).toEqual([
      'exp-post-registration',
    ]);
  });

  it('reads a manager’s or a senior post as experience at a level, any other post as none', () => {
    expect(experience('We want an experienced Registered Manager for the homes', 'Home Manager')).toEqual([
      'exp-band-level',
    ]);
    expect(experience('An experienced Senior Network Engineer is sought', 'Network Engineer')).toEqual([
      'exp-band-level',
    ]);
    expect(experience('An experienced desktop engineer is sought', 'Desktop Engineer')).toEqual([]);
    expect(experience('We want experienced project managers', 'Project Manager')).toEqual([]);
  });

  it('says in Why? which role it read', () => {
    const hit = matchText(matcher, 'Experienced HCA wanted', { title: 'HCA' }).find(
      (h) => h.skillId === 'exp-care-setting',
    )!;
    expect(hit.rule).toContain('care work');
  });
});
