import { describe, expect, it } from 'vitest';
import {
  categoryHeading,
  categoryLabel,
  desirableHeading,
  isAdvertSection,
  isBreakHeading,
  opensOffer,
  isSpecHeading,
  labelledItem,
  levelHeading,
} from '../../../../../src/core/extract/free-text/headings';
import { requirementIntro } from '../../../../../src/core/extract/free-text/requirement-intro';

describe('level headings', () => {
  it.each([
    ['Essential', false, { level: 'essential', category: null }],
    ['Desirable criteria:', false, { level: 'desirable', category: null }],
    ['Essential qualifications:', false, { level: 'essential', category: 'Qualifications' }],
    ['Essential experience required', false, { level: 'essential', category: 'Experience' }],
    ['Qualifications – Essential', false, { level: 'essential', category: 'Qualifications' }],
    ['Qualifications and training (essential)', false, { level: 'essential', category: 'Qualifications and training' }],
    ['Hanfodol', false, { level: 'essential', category: null }],
    ['Dymunol:', false, { level: 'desirable', category: null }],
    ['For this post, the following are essential:', false, { level: 'essential', category: null }],
    ['Essential and desirable criteria', false, { level: null, category: null }],
  ] as const)('%s', (text, heading, expected) => {
    expect(levelHeading(text, heading)).toEqual(expected);
  });

  it.each([
    'We provide essential services across the county',
    'Essential skills clusters',
    'Paediatric experience essential',
    'Access to essential training',
    'Experience is not essential',
    'Essential I.T. skills or equivalent',
  ])('"%s" sets no level', (text) => {
    expect(levelHeading(text, false)).toBeNull();
  });
});

describe('other line kinds', () => {
  it('reads a level label with its item', () => {
    expect(labelledItem('Essential: Current NMC registration')).toEqual({
      level: 'essential',
      category: null,
      contentStart: 11,
    });
    expect(labelledItem('• Desirable criteria – ILM Level 5')).toMatchObject({ level: 'desirable' });
    expect(labelledItem('Essential qualifications: Degree')).toMatchObject({
      level: 'essential',
      category: 'Qualifications',
    });
    expect(labelledItem('Essential: ')).toBeNull();
    expect(labelledItem('Essential services: we keep them running')).toBeNull();
  });

  it('recognises the start of a person specification and requirement lists', () => {
    expect(isSpecHeading('Person Specification')).toBe(true);
    expect(isSpecHeading('Manyleb y Person')).toBe(true);
    expect(isSpecHeading('Please read the attached person specification before you apply to us')).toBe(false);
    expect(requirementIntro('The successful candidate will have:', false)).toBe('essential');
    expect(requirementIntro("What you'll bring", true)).toBe('essential');
    expect(requirementIntro('To apply for this post, you will:', false)).toBe('essential');
    expect(requirementIntro('Ideally you would also have:', false)).toBe('desirable');
    expect(requirementIntro('What you will be doing', true)).toBeNull();
    expect(requirementIntro('We are looking for physiotherapists who will be involved in:', false)).toBeNull();
    expect(requirementIntro('In return, we offer the successful candidate:', true)).toBeNull();
  });

  it('tells categories from other headings', () => {
    expect(categoryHeading('Qualifications', false)).toBe('Qualifications');
    expect(categoryHeading('Skills, abilities & knowledge:', false)).toBe('Skills, abilities & knowledge');
    expect(categoryHeading('Cymwysterau', true)).toBe('Cymwysterau');
    expect(categoryHeading('Experience of working in a busy ward', false)).toBeNull();
    expect(isBreakHeading('About us', false)).toBe(true);
    expect(isBreakHeading('Why join us?', false)).toBe(true);
    expect(isBreakHeading('Excellent communication skills', false)).toBe(false);
  });
});

describe('wider requirement introductions and headings', () => {
  it.each([
    'We would really like to hear from individuals who:',
    'Applicants should meet the following criteria:',
    'At interview you will be tested against the following behaviours:',
    'To succeed in this role you will;',
    'What we look for in your application:',
    'You are…',
    'The candidate:',
    'Required skills and experience:',
    'The candidate must possess',
  ])('"%s" opens a requirement list', (text) => {
    expect(requirementIntro(text, false)).toBe('essential');
  });

  it('does not take duties or the offer for a requirement list', () => {
    expect(requirementIntro('The following duties are included:', false)).toBeNull();
    expect(requirementIntro('We offer the following benefits:', false)).toBeNull();
  });

  it('reads desirable headings written in other words, and only those', () => {
    expect(desirableHeading('Desired')).toBe(true);
    expect(desirableHeading('Beneficial:')).toBe(true);
    expect(desirableHeading('Nice to have')).toBe(true);
    expect(desirableHeading('Desired outcomes of the service')).toBe(false);
  });

  it('reads a category named before its item, but not a field of the advert', () => {
    expect(categoryLabel('Skills: A calm and friendly manner')).toEqual({ category: 'Skills', contentStart: 8 });
    expect(categoryLabel('Requirements: NVQ level 3 in care')).toEqual({ category: null, contentStart: 14 });
    expect(categoryLabel('Location: Riverside Health Centre')).toBeNull();
    expect(categoryLabel('Skills:')).toBeNull();
  });

  it('tells a list item that opens the offer from one that names benefits', () => {
    expect(opensOffer('Benefits include free parking and a staff gym')).toBe(true);
    expect(opensOffer('Benefits:')).toBe(true);
    expect(opensOffer('Hours of work: 37.5 a week')).toBe(true);
    expect(opensOffer('Benefits systems and welfare rights')).toBe(false);
  });

  it('knows the names of the other parts of an advert', () => {
    expect(isAdvertSection('About us')).toBe(true);
    expect(isAdvertSection('Tools:')).toBe(false);
  });
});
