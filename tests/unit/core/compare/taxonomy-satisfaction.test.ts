import { describe, expect, it } from 'vitest';
import { compareWithProfile } from '../../../../src/core/compare/compare';
import { matchSpec } from '../../../../src/core/pipeline/match-spec';
import { emptyProfile, type Profile } from '../../../../src/core/model/profile';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';
import { specOf } from '../../support/spec-of';

/** The real taxonomy's implies/broader links, through the comparison with a profile. */
const matcher = defaultMatcher();
const NOW = new Date('2026-11-24T12:00:00Z');

function status(criterion: string, held: Array<{ skillId: string; status?: 'held' | 'working-towards' }>) {
  const note = (id: string) => ({
    id: `note-${id}`,
    situation: 'When it mattered',
    action: 'I acted',
    result: 'It worked',
  });
  const profile: Profile = {
    ...emptyProfile(NOW),
    skills: held.map((s) => ({ status: 'held', evidence: [note(s.skillId)], ...s })),
  };
  return compareWithProfile(matchSpec(specOf([criterion]), matcher), profile, matcher.skills, NOW).criteria[0]!.status;
}

describe('profile satisfaction through the real taxonomy', () => {
  it('lets a specific registration fully satisfy the general ones it is a case of', () => {
    const adultNurse = [{ skillId: 'reg-nmc-field-adult' }];
    expect(status('Registered Nurse', adultNurse)).toBe('met');
    expect(status('Current NMC registration', adultNurse)).toBe('met');
    expect(status('Current professional registration with the appropriate body', adultNurse)).toBe('met');
    expect(status('Registered Mental Health Nurse (RMN)', adultNurse)).toBe('missing');
  });

  it('never lets a V100/V150 satisfy V300', () => {
    expect(status('V300 non-medical prescriber', [{ skillId: 'qual-prescriber-v100-v150' }])).toBe('missing');
    expect(status('V300 non-medical prescriber', [{ skillId: 'qual-prescriber-v300' }])).toBe('met');
  });

  it('never lets provisional GMC registration satisfy full registration', () => {
    expect(status('Full GMC registration with a licence to practise', [{ skillId: 'reg-gmc-provisional' }])).toBe(
      'missing',
    );
    expect(status('Provisional registration with the GMC', [{ skillId: 'reg-gmc-provisional' }])).toBe('met');
  });

  it('counts an ILM Level 5 only partly towards a management qualification, and never the reverse', () => {
    expect(status('A management qualification', [{ skillId: 'qual-ilm-cmi' }])).toBe('partial');
    expect(status('ILM Level 5 in Leadership and Management', [{ skillId: 'qual-management-qualification' }])).toBe(
      'missing',
    );
  });

  it("treats a master's as a degree, and a level 3 care qualification as meeting level 2", () => {
    expect(status('Degree in a relevant subject', [{ skillId: 'qual-masters' }])).toBe('met');
    expect(status('NVQ Level 2 in Health and Social Care', [{ skillId: 'qual-care-level3' }])).toBe('met');
  });

  it('never makes the right to work or a DBS check a gap', () => {
    expect(status('The right to work in the UK', [])).toBe('not-a-skill');
    expect(status('Enhanced DBS check', [])).toBe('not-a-skill');
  });
});
