import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

const POST_REG = 'exp-post-registration';

/** Experience after qualifying named by its time ("post grad", "post HCPC registration"); phrasings invented. */
describe('experience after qualifying', () => {
  it('reads post grad, post reg and postgraduate before experience, with words that qualify it between', () => {
    expect(ruleIds('Three years of post grad work experience needed', 'Podiatrist')).toContain(POST_REG);
    expect(ruleIds('Around a year of post reg ward experience', 'Staff Nurse')).toContain(POST_REG);
    expect(ruleIds('Broad postgraduate hospital experience', 'Dietitian')).toContain(POST_REG);
    expect(ruleIds('Holds post qualifying clinical NHS experience', 'Radiographer')).toContain(POST_REG);
  });

  it('reads a register or award named between post and its noun', () => {
    expect(ruleIds('Two years post GPhC registration experience', 'Pharmacist')).toContain(POST_REG);
    expect(ruleIds('Ideally four years post-full registration', 'Doctor')).toContain(POST_REG);
    expect(ruleIds('Eighteen months post HCPC registration', 'Paramedic')).toContain(POST_REG);
  });

  it('reads experience gained following or after qualification', () => {
    expect(ruleIds('Six months of experience gained following registration', 'Staff Nurse')).toContain(POST_REG);
    expect(ruleIds('Some experience on a ward after qualifying', 'Midwife')).toContain(POST_REG);
  });

  it('is no experience where the words name a course or a level of study', () => {
    expect(ruleIds('A post grad certificate in wound care is welcome', 'Staff Nurse')).not.toContain(POST_REG);
    expect(ruleIds('Learning at postgraduate level and experience of audit', 'Pharmacist')).not.toContain(POST_REG);
    expect(ruleIds('Two years post HCPC registration course completed', 'Paramedic')).not.toContain(POST_REG);
    expect(ruleIds('Able to teach after qualification', 'Staff Nurse')).not.toContain(POST_REG);
  });
});
