import { describe, expect, it } from 'vitest';
import { withKsfCodes } from '../../../../../src/core/taxonomy/skills/ksf-dimensions';
import { ruleIds } from '../../../support/rule-ids';

describe('the NHS KSF core dimensions named by their codes', () => {
  it('reads each code as the skill its dimension asks for', () => {
    expect(ruleIds('NHSC5 Quality (level 2)', 'Technician')).toEqual(['val-commitment-quality']);
    expect(ruleIds('KSF core dimension 6: level 3', 'Technician')).toEqual(['val-equality-inclusion']);
    expect(ruleIds('NHS C2 at level 2', 'Technician')).toEqual(['val-cpd-reflection']);
  });

  it('adds the codes to the six skills only', () => {
    const skills = withKsfCodes([
      { id: 'val-commitment-quality', label: 'Quality', category: 'values', variants: ['quality care'] },
      { id: 'it-ms-office', label: 'Office', category: 'it', variants: ['Word'] },
    ] as Parameters<typeof withKsfCodes>[0]);
    expect(skills[0]!.variants).toContain('NHSC5');
    expect(skills[1]!.variants).toEqual(['Word']);
  });
});
