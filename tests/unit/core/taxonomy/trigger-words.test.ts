import { describe, expect, it } from 'vitest';
import { firstWords, parsePattern, triggerWords, type PatternItem } from '../../../../src/core/taxonomy/trigger-words';

/** Every phrase a parsed pattern stands for, as normal forms. */
function phrases(items: readonly PatternItem[]): string[] {
  let out = [''];
  for (const item of items) {
    const options = 'word' in item ? [item.norm] : item.options.flatMap(phrases);
    out = out.flatMap((head) => options.map((o) => [head, o].filter(Boolean).join(' ')));
  }
  return out;
}

describe('parsePattern', () => {
  it('turns choices and optional words into alternatives, with normal forms', () => {
    expect(phrases(parsePattern('[current] NMC (registration|PINs)')).sort()).toEqual([
      'current nmc pin',
      'current nmc registration',
      'nmc pin',
      'nmc registration',
    ]);
  });

  it('offers the solid form of a hyphenated word', () => {
    expect(phrases(parsePattern('re-audit cycle')).sort()).toEqual(['re audit cycle', 'reaudit cycle']);
  });

  it('keeps a word whole when a group sits inside it', () => {
    expect(phrases(parsePattern('IR(ME)R'))).toEqual(['irmer']);
  });

  it('rejects unbalanced groups', () => {
    expect(() => parsePattern('NVQ (3|4')).toThrow(/Unbalanced/);
    expect(() => parsePattern('NVQ 3)')).toThrow(/Unbalanced/);
  });
});

describe('firstWords', () => {
  it('lists every word a phrase of the pattern can start with, without expanding it', () => {
    expect(firstWords('[(current|valid)] NMC registration').sort()).toEqual(['current', 'nmc', 'valid']);
    expect(firstWords('(e-rostering|rota) skills').sort()).toEqual(['e', 'erostering', 'rota']);
    expect(firstWords('IR(ME)R')).toEqual(['irmer']);
    expect(firstWords('Organizational skills')).toEqual(['organisational']);
  });
});

describe('triggerWords', () => {
  it('prefers one required word outside every group, the longest', () => {
    expect(triggerWords('[(current|valid)] NMC registration')).toEqual(['registration']);
    expect(triggerWords('registered with the (HCPC|NMC)')).toEqual(['registered']);
  });

  it('falls back to the first words when every word sits in a group', () => {
    expect(triggerWords('(lead|leading) (a|the) team')).toEqual(['team']);
    expect(triggerWords('(lead|leading) (a|the) (team|group)').sort()).toEqual(['lead', 'leading']);
    expect(triggerWords('IR(ME)R')).toEqual(['irmer']);
  });
});
