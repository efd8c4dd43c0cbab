import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from '../../../src/taxonomy/compile';

describe('compileTaxonomy', () => {
  it('counts each expanded phrase once', () => {
    const matcher = compileTaxonomy([
      { id: 'a', label: 'A', category: 'other', variants: ['x [y]', 'x'], abbreviations: ['XY'] },
    ]);
    expect(matcher.phraseCount).toBe(3);
  });

  it('rejects duplicate ids, unknown parents and malformed ids', () => {
    const skill = { id: 'a', label: 'A', category: 'other' as const, variants: ['x'] };
    expect(() => compileTaxonomy([skill, skill])).toThrow(/Duplicate/);
    expect(() => compileTaxonomy([{ ...skill, broader: ['missing'] }])).toThrow(/unknown parent/);
    expect(() => compileTaxonomy([{ ...skill, id: 'Not An Id' }])).toThrow();
  });
});
