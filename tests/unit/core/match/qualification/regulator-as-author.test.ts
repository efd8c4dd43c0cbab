import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

const registrations = (text: string, title: string) => ruleIds(text, title).filter((id) => id.startsWith('reg-'));

/** A regulator named as the source of a code or a recognition asks the applicant to follow it, not to register. */
describe('a regulator as the author of a rule', () => {
  it('names no registration when its code, standards or guidance are meant', () => {
    expect(registrations('Practise in line with the HCPC standards of proficiency', 'Dietitian')).toEqual([]);
    expect(registrations('Works to the codes of conduct laid down by the GMC', 'Staff Grade Doctor')).toEqual([]);
    expect(registrations('Follows the guidance of the General Pharmaceutical Council', 'Pharmacist')).toEqual([]);
  });

  it('names no registration when it only recognises or confirms something else', () => {
    expect(registrations('A diploma or an HCPC approved equivalent', 'Radiographer')).toEqual([]);
    expect(registrations('Higher training, as confirmed by the GMC, is required', 'Specialty Doctor')).toEqual([]);
  });

  it('names no registration in the possessive, unless what it owns is its register', () => {
    expect(registrations("Familiar with the GMC's guidance on consent", 'Specialty Doctor')).toEqual([]);
    expect(registrations("Listed on the GMC's register with a licence to practise", 'Specialty Doctor')).toContain(
      'reg-gmc',
    );
  });

  it('is still a registration when the applicant is to be registered with it', () => {
    expect(registrations('Registered with the HCPC and working to its standards', 'Dietitian')).toContain('reg-hcpc');
    expect(registrations('Registration with a recognised body such as the HCPC', 'Dietitian')).toContain('reg-hcpc');
    expect(registrations('Current GMC registration', 'Specialty Doctor')).toContain('reg-gmc');
  });
});
