import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from '../../../../../src/core/extract/free-text/sentence-features';

describe('what the requirement scorer sees of a sentence', () => {
  it('its words and word pairs in lower case, its opening, the rules’ form and its length', () => {
    const features = sentenceFeatures('You must hold a full driving licence.');
    expect([...features]).toEqual(
      expect.arrayContaining(['w:you', 'w:licence', 'b:full_driving', 's:you_must', 'f:applicant', 'len:1']),
    );
    expect(features.has('w:You')).toBe(false);
  });

  it('reads accented and compatibility characters as their usual forms, and says when the rules see no form', () => {
    const features = sentenceFeatures('Café ﬁrst aid training.');
    expect(features.has('w:café')).toBe(true);
    expect(features.has('b:first_aid')).toBe(true);
    expect(features.has('f:none')).toBe(true);
  });
});
