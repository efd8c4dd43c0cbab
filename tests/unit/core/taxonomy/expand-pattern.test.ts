import { describe, expect, it } from 'vitest';
import { expandPattern } from '../../../../src/core/taxonomy/expand-pattern';

describe('expandPattern', () => {
  it('expands optional words and choices', () => {
    expect(expandPattern('NVQ [level] (3|III)').sort()).toEqual(['NVQ 3', 'NVQ III', 'NVQ level 3', 'NVQ level III']);
  });

  it('expands nested groups', () => {
    expect(expandPattern('[(current|valid)] NMC registration').sort()).toEqual([
      'NMC registration',
      'current NMC registration',
      'valid NMC registration',
    ]);
  });

  it('returns a plain phrase unchanged', () => {
    expect(expandPattern('clinical audit')).toEqual(['clinical audit']);
  });

  it('rejects unbalanced groups and runaway expansions', () => {
    expect(() => expandPattern('NVQ (3|4')).toThrow(/Unbalanced/);
    expect(() => expandPattern('(a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d)')).toThrow(/expands to/);
  });
});
