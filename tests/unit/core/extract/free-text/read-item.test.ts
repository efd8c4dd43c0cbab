import { describe, expect, it } from 'vitest';
import { readItem } from '../../../../../src/core/extract/free-text/read-item';

const read = (text: string) => {
  const item = readItem(text);
  return { text: text.slice(item.start, item.end), level: item.level, assessedBy: item.assessedBy };
};

describe('readItem', () => {
  it('gives each caller an item of its own, whether the line was read before or not', () => {
    const first = readItem('Driving licence (E) (A/I)');
    first.assessedBy.push('presentation');
    first.level = 'desirable';
    const again = readItem('Driving licence (E) (A/I)');
    expect(again.level).toBe('essential');
    expect(again.assessedBy).toEqual(['application', 'interview']);
  });

  it('reads the markers at the end of a long paragraph, and keeps its words whole', () => {
    const words = 'Experience of leading a team through change in a busy acute setting, '.repeat(4);
    const item = read(`${words}with evidence of audit (D) (A/I)`);
    expect(item.text).toBe(`${words}with evidence of audit`);
    expect(item.level).toBe('desirable');
    expect(item.assessedBy).toEqual(['application', 'interview']);
  });

  it('takes off bullets and numbering', () => {
    expect(read('• Current NMC registration').text).toBe('Current NMC registration');
    expect(read('•GCSE English and Maths').text).toBe('GCSE English and Maths');
    expect(read('- Team player;').text).toBe('Team player');
    expect(read('2. Audit experience').text).toBe('Audit experience');
    expect(read('o Experience of EMIS').text).toBe('Experience of EMIS');
  });

  it('reads level markers at either end', () => {
    expect(read('Mentorship qualification (D)')).toMatchObject({
      text: 'Mentorship qualification',
      level: 'desirable',
    });
    expect(read('(E) Degree in nursing')).toMatchObject({ text: 'Degree in nursing', level: 'essential' });
    expect(read('Cleaning experience (desirable, not essential)')).toMatchObject({
      text: 'Cleaning experience',
      level: 'desirable',
    });
    expect(read('Car driver essential.')).toMatchObject({ text: 'Car driver', level: 'essential' });
    expect(read('Knowledge of SystmOne [Dymunol]')).toMatchObject({
      text: 'Knowledge of SystmOne',
      level: 'desirable',
    });
  });

  it('keeps a sentence that states its level whole', () => {
    expect(read('A car driver is essential.')).toMatchObject({
      text: 'A car driver is essential.',
      level: 'essential',
    });
    expect(read('NVQ Level 3 is desirable but not essential')).toMatchObject({ level: null });
  });

  it('reads assessment methods: labels, brackets and codes', () => {
    expect(read('HCPC registration Evidence: Application form / Interview')).toEqual({
      text: 'HCPC registration',
      level: null,
      assessedBy: ['application', 'interview'],
    });
    expect(read('Good written English (E) (A/I)')).toMatchObject({
      text: 'Good written English',
      level: 'essential',
      assessedBy: ['application', 'interview'],
    });
    expect(read('Presentation skills A/P/I')).toMatchObject({
      text: 'Presentation skills',
      assessedBy: ['application', 'presentation', 'interview'],
    });
    expect(read('Assessed by: test and references. Typing at 50 wpm')).toMatchObject({ assessedBy: [] });
  });

  it('leaves words that are not markers alone', () => {
    expect(read('Degree in nursing (or equivalent)')).toMatchObject({
      text: 'Degree in nursing (or equivalent)',
      level: null,
      assessedBy: [],
    });
    expect(read('Knowledge of essential services')).toMatchObject({
      text: 'Knowledge of essential services',
      level: null,
    });
    expect(read('Level I trauma experience')).toMatchObject({ text: 'Level I trauma experience', assessedBy: [] });
  });
});
