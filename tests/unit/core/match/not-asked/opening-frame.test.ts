import { describe, expect, it } from 'vitest';
import { scopeTokens } from '../../../../../src/core/match/clauses';
import { matchText } from '../../../../../src/core/match/match-text';
import { openingFrameTokens } from '../../../../../src/core/match/not-asked/opening-frame';
import { defaultMatcher } from '../../../../../src/core/taxonomy/default-matcher';
import { tokenise } from '../../../../../src/core/text/tokenise';

/** Phrasings written for the tests, in the shapes of real adverts. */
const matcher = defaultMatcher();
const asked = (text: string) =>
  matchText(matcher, text)
    .filter((h) => !h.negated)
    .map((h) => h.skillId);
const inFrame = (text: string) => {
  const tokens = tokenise(text);
  const marks = openingFrameTokens(text, tokens, scopeTokens(text, tokens));
  return tokens.filter((_, i) => marks[i] === 1).map((t) => t.raw);
};

describe('a phrase opening the sentence with the setting of the post asks nothing', () => {
  it('is the setting when the sentence’s subject follows its comma', () => {
    expect(inFrame('Working within a multi-disciplinary team, you must be competent in venepuncture')).toEqual([
      'Working',
      'within',
      'a',
      'multi',
      'disciplinary',
      'team',
    ]);
    expect(asked('Working within a multi-disciplinary team, you must be competent in venepuncture')).not.toContain(
      'comm-mdt',
    );
    expect(asked('Working in a multidisciplinary team, the successful candidate will have IT skills')).not.toContain(
      'comm-mdt',
    );
  });

  it.each([
    // A list item with no subject after the comma asks for the working itself.
    'Working within a multi-disciplinary team, liaising with other agencies',
    // Not at the start of the sentence: the applicant works there.
    'Experience of working within a multi-disciplinary team, you will also need a driving licence',
  ])('%s: still comm-mdt', (text) => {
    expect(asked(text)).toContain('comm-mdt');
  });
});
