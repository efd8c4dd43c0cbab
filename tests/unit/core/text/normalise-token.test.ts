import { describe, expect, it } from 'vitest';
import { normaliseToken } from '../../../../src/core/text/normalise-token';

describe('normaliseToken', () => {
  it.each([
    ['Organization', 'organisation'],
    ['prioritize', 'prioritise'],
    ['analyze', 'analyse'],
    ['behavior', 'behaviour'],
    ['pediatric', 'paediatric'],
    ['anesthetics', 'anaesthetic'],
    ['hematology', 'haematology'],
    ['program', 'programme'],
    ['counseling', 'counselling'],
    ['judgment', 'judgement'],
  ])('%s → %s (British spelling)', (raw, norm) => {
    expect(normaliseToken(raw)).toBe(norm);
  });

  it('makes plurals and possessives singular', () => {
    expect(normaliseToken('audits')).toBe('audit');
    expect(normaliseToken('GCSEs')).toBe('gcse');
    expect(normaliseToken("Master's")).toBe(normaliseToken('Masters'));
    expect(normaliseToken('therapies')).toBe('therapy');
    expect(normaliseToken('approaches')).toBe('approach');
  });

  it('leaves short words, digits and -ss/-us/-is endings alone', () => {
    expect(normaliseToken('NHS')).toBe('nhs');
    expect(normaliseToken('process')).toBe('process');
    expect(normaliseToken('status')).toBe('status');
    expect(normaliseToken('analysis')).toBe('analysis');
    expect(normaliseToken('V300s')).toBe('v300s');
  });

  it('folds ligatures and accents', () => {
    expect(normaliseToken('eﬃcient')).toBe('efficient');
    expect(normaliseToken('Café')).toBe('cafe');
  });
});
