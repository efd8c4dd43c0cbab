import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A system named by the care it serves is a clinical system, not IT skills in general. */
const ids = (text: string) => ruleIds(text, 'Ward Administrator');

describe('systems named by the care they serve', () => {
  it('reads a patient, clinical, hospital or pharmacy system as a clinical system', () => {
    expect(ids('Confident using hospital computer systems')).toContain('it-clinical-systems');
    expect(ids('Able to learn new pharmacy systems quickly')).toContain('it-clinical-systems');
    expect(ids('Has used an electronic triage system')).toContain('it-clinical-systems');
  });

  it('reads it as the clinical system only, not also general IT skills', () => {
    expect(ids('Working knowledge of medical IT systems')).toEqual(['it-clinical-systems']);
  });

  it('leaves systems the text does not tie to care as general IT', () => {
    expect(ids('Good knowledge of IT systems')).not.toContain('it-clinical-systems');
    expect(ids('Experience of finance systems')).not.toContain('it-clinical-systems');
  });
});
