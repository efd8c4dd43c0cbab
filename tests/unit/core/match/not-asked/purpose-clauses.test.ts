import { describe, expect, it } from 'vitest';
import { scopeTokens } from '../../../../../src/core/match/clauses';
import { matchText } from '../../../../../src/core/match/match-text';
import { purposeTokens } from '../../../../../src/core/match/not-asked/purpose-clauses';
import { defaultMatcher } from '../../../../../src/core/taxonomy/default-matcher';
import { tokenise } from '../../../../../src/core/text/tokenise';

/** Phrasings written for the tests, in the shapes of real adverts. */
const matcher = defaultMatcher();
const asked = (text: string) =>
  matchText(matcher, text)
    .filter((h) => !h.negated)
    .map((h) => h.skillId);
const inPurpose = (text: string) => {
  const tokens = tokenise(text);
  const marks = purposeTokens(tokens, scopeTokens(text, tokens));
  return tokens.filter((_, i) => marks[i] === 1).map((t) => t.raw);
};

describe('a clause that says what the post is for asks nothing', () => {
  it.each([
    [
      'Skilled in assessment and treatment to provide local families with a high quality service',
      'val-commitment-quality',
    ],
    ['We want an experienced nurse to join our multidisciplinary team', 'comm-mdt'],
    ['Accurate record keeping in order to support colleagues in team working', 'comm-teamwork'],
    ['Liaison with schools for the purposes of assessing children with hearing loss', 'clin-assessment'],
  ])('%s: not %s', (text, id) => {
    expect(asked(text)).not.toContain(id);
  });

  it.each([
    ['The ability to deliver high quality care', 'val-commitment-quality'],
    ['Willing to support colleagues and work as part of a team', 'comm-teamwork'],
    ['Committed to provide a high quality service', 'val-commitment-quality'],
    ['Flexible to meet the rota of the unit, and able to work as part of a team', 'comm-teamwork'],
    // A second "to" that goes on from an infinitive asked for is asked too.
    ['Keen to work with the ward staff to deliver high quality care', 'val-commitment-quality'],
    // The applicant's own striving.
    ['Always seeking to improve the quality of care', 'gov-quality-improvement'],
  ])('%s: still %s', (text, id) => {
    expect(asked(text)).toContain(id);
  });

  it('ends where the applicant is asked something again', () => {
    expect(inPurpose('Flexible to meet the rota of the unit and be able to work shifts')).toEqual([
      'to',
      'meet',
      'the',
      'rota',
      'of',
      'the',
      'unit',
    ]);
    expect(inPurpose('The aim is to ensure safe care as such you must have team working skills')).not.toContain('team');
    expect(inPurpose('In order to apply, you must hold NMC registration')).toEqual(['In', 'order', 'to', 'apply']);
  });

  it('ends where the applicant is the subject of a clause that asks something', () => {
    expect(asked('To join the night staff you need to be a qualified nurse')).toContain('reg-nmc-nurse');
    expect(asked('In order to be shortlisted you need a GCSE in maths')).toContain('qual-level2-english-maths');
    expect(asked('The induction aims to support new starters if you are a registered nurse')).toContain(
      'reg-nmc-nurse',
    );
    expect(inPurpose('To join us you’ll need a teaching qualification')).toEqual(['To', 'join', 'us']);
    // What the applicant will be or will be able to do there is still what the post is for.
    expect(asked('As part of our unit you will be able to rotate through clinical research')).not.toContain(
      'gov-research',
    );
    // "so that you …", "to help you …": the applicant is what the purpose is about, not a new subject.
    expect(inPurpose('Study time so that you have leadership skills')).toContain('leadership');
  });

  it('goes on over the further items of its list of purposes', () => {
    const marks = inPurpose(
      'We need a keen dietitian to help grow the weight clinic, develop new pathways and take on research projects',
    );
    expect(marks).toEqual(expect.arrayContaining(['develop', 'take', 'research', 'projects']));
    expect(
      asked(
        'We need a keen dietitian to help grow the weight clinic, develop new pathways and take on research projects',
      ),
    ).not.toContain('gov-research');
    // Bare verbs sharing one object are one item; an item that asks again ends the purpose.
    expect(asked('Experience in a senior post to enable you to coach, develop and influence the team')).toContain(
      'comm-negotiation-influencing',
    );
    expect(inPurpose('Able to join our team to support patients, demonstrate research skills')).not.toContain(
      'research',
    );
  });
});

describe('the employer’s own team and what it does are not asked of the applicant', () => {
  it('reads nothing in the employer’s team or in what that team or service does', () => {
    expect(inPurpose('Happy to work as part of our busy renal nursing team')).toEqual([
      'part',
      'of',
      'our',
      'busy',
      'renal',
      'nursing',
      'team',
    ]);
    expect(asked('Adaptable, in a team that always looks to improve the service')).not.toContain(
      'gov-quality-improvement',
    );
    expect(asked('Adaptable, in a team that always looks to improve the service')).toContain(
      'val-resilience-flexibility',
    );
  });

  it('still reads an ask made with the employer’s words', () => {
    expect(asked('Acts in accordance with our values')).toContain('val-nhs-values');
  });
});
