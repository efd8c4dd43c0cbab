import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** The qualities passed over between "experienced" and its role; phrasings written for the tests. */
const experience = (text: string, title = '') => ruleIds(text, title).filter((id) => id.startsWith('exp-'));

describe('"experienced and [adverb] [adjective] [role]"', () => {
  it.each([
    ['We want an experienced and highly motivated Podiatrist', 'Podiatrist'],
    ['Seeking an experienced and truly capable Radiographer', 'Radiographer'],
    ['We want an experienced, adaptable and reliable Dietitian', 'Dietitian'],
  ])('%s: post-registration experience', (text, title) => {
    expect(experience(text, title)).toEqual(['exp-post-registration']);
  });

  it('reads "experienced and newly qualified" as two kinds of practitioner, asking no experience', () => {
    expect(experience('We welcome experienced and newly qualified Midwives', 'Midwife')).toEqual([]);
    expect(experience('Open to experienced and recently qualified Physiotherapists', 'Physiotherapist')).toEqual([]);
  });
});
