import { describe, expect, it } from 'vitest';
import { requirementIntro } from '../../../../../src/core/extract/free-text/requirement-intro';

describe('lines that open a list of requirements', () => {
  it('reads "the following" experience, knowledge or qualification as an introduction, at its level', () => {
    expect(requirementIntro('The following experience is desirable:', false)).toBe('desirable');
    expect(requirementIntro('You will bring the following knowledge:', false)).toBe('essential');
    expect(requirementIntro('Applicants should hold the following qualification:', false)).toBe('essential');
  });

  it('does not read the following duties or benefits as requirements', () => {
    expect(requirementIntro('You will be responsible for the following tasks:', false)).toBeNull();
    expect(requirementIntro('We offer the following benefits:', false)).toBeNull();
  });
});
