import { describe, expect, it } from 'vitest';
import { scopeTokens } from '../../../../../src/core/match/clauses';
import { matchText } from '../../../../../src/core/match/match-text';
import { sharedHeads } from '../../../../../src/core/match/phrasing/shared-heads';
import { defaultMatcher } from '../../../../../src/core/taxonomy/default-matcher';
import { tokenise } from '../../../../../src/core/text/tokenise';

const matcher = defaultMatcher();
const headsOf = (text: string) => {
  const tokens = tokenise(text);
  const heads = sharedHeads(text, tokens, scopeTokens(text, tokens));
  return Object.fromEntries(tokens.flatMap((t, i) => (heads[i]! >= 0 ? [[t.raw, tokens[heads[i]!]!.raw]] : [])));
};

describe('a list of modifiers shares its head noun', () => {
  it('gives each word of the list but the last the head after it', () => {
    expect(headsOf('Excellent leadership, managerial and communication skills')).toEqual({
      leadership: 'skills',
      managerial: 'skills',
    });
    expect(headsOf('Supervision and training experience')).toEqual({ Supervision: 'experience' });
    expect(headsOf('Good communication skills')).toEqual({});
    // A sentence break ends the list.
    expect(headsOf('Leadership. Communication skills')).toEqual({});
  });

  it('shares a manner of working: an approach, attitude or manner', () => {
    expect(headsOf('A calm, kind and professional manner')).toEqual({ calm: 'manner', kind: 'manner' });
    expect(
      matchText(matcher, 'You bring a professional and cheerful attitude', { title: 'Receptionist' }).map(
        (h) => h.skillId,
      ),
    ).toContain('val-reliability-professionalism');
  });

  it('counts a two-letter abbreviation in capitals as a word of the list', () => {
    expect(headsOf('Sound PC and spreadsheet skills')).toEqual({ PC: 'skills' });
    expect(headsOf('Leave it and other tasks to me')).toEqual({});
    expect(headsOf('Good at it and social skills')).toEqual({});
  });

  it('reads each word of the list with the head, and says so', () => {
    const hits = matchText(matcher, 'This post requires excellent leadership, managerial and communication skills');
    const ids = hits.map((h) => h.skillId);
    expect(ids).toEqual(expect.arrayContaining(['lead-operational-management', 'comm-verbal-written']));
    const managerial = hits.find((h) => h.skillId === 'lead-operational-management')!;
    expect(managerial.matchedText).toBe('managerial');
    expect(managerial.rule).toContain('"skills", which the list shares');
  });

  it('shares an activity a list of nouns names: planning, management, assessment', () => {
    expect(headsOf('Sound care/discharge planning')).toEqual({ care: 'planning' });
    expect(headsOf('Time and workload management')).toEqual({ Time: 'management' });
    const ids = matchText(matcher, 'Skilled in care and crisis planning').map((h) => h.skillId);
    expect(ids).toContain('clin-care-planning');
  });

  it('does not share an activity with a plural noun, which is a noun of its own', () => {
    expect(headsOf('Knowledge of local services and people management')).toEqual({});
  });

  it('reads past an item of two or three words that begin a phrase of the taxonomy', () => {
    const ids = (text: string) => matchText(matcher, text).map((h) => h.skillId);
    expect(ids('Well-developed organisational, listening and team working skills')).toContain(
      'other-organisation-time',
    );
    expect(ids('Strong organisational and project management skills')).toEqual(
      expect.arrayContaining(['other-organisation-time', 'lead-project-management']),
    );
    expect(ids('Calm, organisation and clinical decision making skills')).toContain('other-organisation-time');
  });

  it('keeps a nearer head a word makes a phrase with, and no long item after a pointing word', () => {
    const ids = (text: string) => matchText(matcher, text).map((h) => h.skillId);
    expect(ids('Skilled in care/recovery planning skills')).toContain('clin-care-planning');
    expect(ids('Committed to better care and the patient experience')).not.toContain('exp-care-setting');
    // Before an activity's head the items are single nouns.
    expect(ids('Work in general medicine and long term condition management')).not.toContain(
      'clin-medicines-management',
    );
  });
});
