import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

const QI = 'gov-quality-improvement';

/** Quality and service improvement, told from the aim of better care that every clinical post states. */
describe('service improvement', () => {
  it('reads the improving of a service, of its quality or standards, and continual improvement', () => {
    expect(ruleIds('Experience of improving service delivery', 'Team Leader')).toContain(QI);
    expect(ruleIds('Able to improve the quality of care on the ward', 'Charge Nurse')).toContain(QI);
    expect(ruleIds('Keen to take part in the continual improvement of the clinic', 'Nurse')).toContain(QI);
    expect(ruleIds('A commitment to continuous improvement', 'Physiotherapist')).toContain(QI);
  });

  it('does not read the aim of better care or outcomes alone as improvement work', () => {
    expect(ruleIds('A commitment to improving patient care', 'Staff Nurse')).not.toContain(QI);
    expect(ruleIds('Motivated to improve care for older people', 'Healthcare Assistant')).not.toContain(QI);
    expect(ruleIds('A passion for improving patient outcomes', 'Dietitian')).not.toContain(QI);
  });
});
