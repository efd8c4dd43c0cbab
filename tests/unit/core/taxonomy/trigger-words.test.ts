import { describe, expect, it } from 'vitest';
import { firstWords, triggerWords } from '../../../../src/core/taxonomy/trigger-words';

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
