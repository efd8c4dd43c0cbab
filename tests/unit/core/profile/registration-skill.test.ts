import { describe, expect, it } from 'vitest';
import {
  inferRegistration,
  registrationCountsAs,
  registrationStanding,
} from '../../../../src/core/profile/registration-skill';
import { REGISTERS } from '../../../../src/core/profile/registers';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';

const known = (body: string) => {
  const inferred = inferRegistration(body);
  return inferred.kind === 'known' ? inferred.skillId : inferred.kind;
};
const choices = (body: string) => {
  const inferred = inferRegistration(body);
  return inferred.kind === 'choose' ? inferred.choices.map((c) => c.skillId) : inferred.kind;
};

describe('what a registration counts as, from the body typed', () => {
  it('asks which part of the NMC register: nurse (by field), midwife, nursing associate or SCPHN', () => {
    const nmc = inferRegistration('NMC');
    expect(nmc).toMatchObject({ kind: 'choose', register: 'NMC', fallback: 'reg-nmc' });
    expect(choices('NMC')).toEqual([
      'reg-nmc-field-adult',
      'reg-nmc-field-mental-health',
      'reg-nmc-field-child',
      'reg-nmc-field-ld',
      'reg-nmc-nurse',
      'reg-nmc-midwife',
      'reg-nmc-nursing-associate',
      'reg-nmc-scphn',
    ]);
    expect(choices('Nursing & Midwifery Council')).toEqual(choices('NMC'));
    expect(choices(' nmc. ')).toEqual(choices('NMC'));
  });

  it('asks only for the field when the body says nurse', () => {
    expect(inferRegistration('NMC registered nurse')).toMatchObject({ kind: 'choose', fallback: 'reg-nmc-nurse' });
    expect(choices('RN')).toEqual([
      'reg-nmc-field-adult',
      'reg-nmc-field-mental-health',
      'reg-nmc-field-child',
      'reg-nmc-field-ld',
      'reg-nmc-nurse',
    ]);
  });

  it('takes the profession when the body names it', () => {
    expect(known('RMN')).toBe('reg-nmc-field-mental-health');
    expect(known('NMC (RNLD)')).toBe('reg-nmc-field-ld');
    expect(known('RGN')).toBe('reg-nmc-field-adult');
    expect(known('Registered Nurse (Adult)')).toBe('reg-nmc-field-adult');
    expect(known("NMC children's nurse")).toBe('reg-nmc-field-child');
    expect(known('NMC midwife')).toBe('reg-nmc-midwife');
    expect(known('NMC - nursing associate')).toBe('reg-nmc-nursing-associate');
    expect(known('NMC health visitor')).toBe('reg-nmc-scphn');
    expect(known('school nurse')).toBe('reg-nmc-scphn');
  });

  it('asks between the professions named when the body names several on one register', () => {
    expect(inferRegistration('RGN, RM')).toMatchObject({
      kind: 'choose',
      register: 'NMC',
      choices: [{ skillId: 'reg-nmc-field-adult' }, { skillId: 'reg-nmc-midwife' }],
      fallback: 'reg-nmc',
    });
  });

  it('decides the registers of one kind of registration, and the GMC by the words beside it', () => {
    expect(known('HCPC')).toBe('reg-hcpc');
    expect(known('Health and Care Professions Council')).toBe('reg-hcpc');
    expect(known('HCPC - Physiotherapist')).toBe('reg-hcpc');
    expect(known('Paramedic')).toBe('reg-hcpc');
    expect(known('GPhC')).toBe('reg-gphc-psni');
    expect(known('PSNI')).toBe('reg-gphc-psni');
    expect(known('GDC')).toBe('reg-dental-optical-other');
    expect(known('General Optical Council')).toBe('reg-dental-optical-other');
    expect(known('SWE')).toBe('reg-social-work-care');
    expect(known('Social Work England')).toBe('reg-social-work-care');
    expect(known('AHCS')).toBe('reg-accredited-register');
    expect(known('UKPHR')).toBe('reg-accredited-register');
    expect(known('BACP')).toBe('reg-accredited-register');
    expect(inferRegistration('GMC')).toMatchObject({ kind: 'choose', fallback: 'reg-statutory-registration' });
    expect(known('GMC provisional')).toBe('reg-gmc-provisional');
    expect(known('GMC full registration')).toBe('reg-gmc');
    expect(known('GMC specialist register')).toBe('reg-gmc-specialist-register');
  });

  it('knows nothing of a body that is not a register, and does not read a register out of another word', () => {
    expect(known('Royal College of Nursing')).toBe('unknown');
    expect(known('')).toBe('unknown');
    expect(known('RNLI')).toBe('unknown');
    expect(known('HCPCS')).toBe('unknown');
    expect(known('Armed forces')).toBe('unknown');
  });

  it('names only skills the taxonomy has, with a registration category', () => {
    const skills = defaultMatcher().skills;
    const ids = REGISTERS.flatMap((r) => [
      ...(r.skillId ? [r.skillId] : []),
      ...(r.fallback ? [r.fallback] : []),
      ...(r.parts ?? []).map((p) => p.skillId),
      ...Object.keys(r.qualifiers ?? {}),
    ]);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(skills.get(id)?.category, id).toBe('registration');
  });
});

describe('a stored registration', () => {
  it('counts as what the user chose, else what its body says, else what its register shares', () => {
    expect(registrationCountsAs({ body: 'NMC', skillId: 'reg-nmc-midwife' })).toBe('reg-nmc-midwife');
    expect(registrationCountsAs({ body: 'HCPC' })).toBe('reg-hcpc');
    expect(registrationCountsAs({ body: 'NMC' })).toBe('reg-nmc');
    expect(registrationCountsAs({ body: 'Lifeguard club' })).toBeUndefined();
  });

  it('says whether it was chosen, inferred, waits for a choice, or counts for nothing', () => {
    expect(registrationStanding({ body: 'NMC', skillId: 'reg-nmc-nurse' })).toEqual({
      kind: 'chosen',
      skillId: 'reg-nmc-nurse',
    });
    expect(registrationStanding({ body: 'HCPC' })).toEqual({ kind: 'inferred', skillId: 'reg-hcpc' });
    expect(registrationStanding({ body: 'NMC' })).toEqual({
      kind: 'needs-choice',
      skillId: 'reg-nmc',
      register: 'NMC',
    });
    expect(registrationStanding({ body: 'RCN' })).toEqual({ kind: 'nothing' });
  });
});
