import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compareWithProfile } from '../../../../src/core/compare/compare';
import { emptyProfile, type Profile } from '../../../../src/core/model/profile';
import { linkEvidenceNote } from '../../../../src/core/profile/link-evidence';
import { matchSpec } from '../../../../src/core/pipeline/match-spec';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';
import { ReportView } from '../../../../src/pages/report/ReportView';
import { answerLikeTheBackground } from '../../support/background-replies';
import { mount, text } from '../../support/render';
import { specOf } from '../../support/spec-of';

const matcher = defaultMatcher();
const falls = {
  id: 'falls',
  situation: 'Falls on our 28-bed medical ward had risen over the winter, above the trust average.',
  action: 'I led a falls audit as a quality improvement project and set up a night-time toileting round.',
  result: 'Falls fell from twelve a month to four within six months.',
};
const profile: Profile = {
  ...emptyProfile(),
  skills: [
    { skillId: 'gov-clinical-audit', status: 'held', evidence: [falls] },
    { skillId: 'gov-quality-improvement', status: 'held' },
  ],
};
const spec = specOf(['Experience of clinical audit', 'Involvement in a quality improvement project']);
const reportOf = (p: Profile) => compareWithProfile(matchSpec(spec, matcher), p, matcher.skills);

let cleanup = () => {};
beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe("the report with the shortlister's view", () => {
  it('scores each criterion, adds up the essential points, and links a suggested example: 1 becomes 2', async () => {
    answerLikeTheBackground();
    const onLink = vi.fn();
    const view = (p: Profile) => (
      <ReportView report={reportOf(p)} skills={matcher.skills} wordLimit={1500} profile={p} onLinkEvidence={onLink} />
    );
    const { host, rerender, unmount } = mount(view(profile));
    cleanup = unmount;
    const item = (id: string) => host.querySelector(`[data-criterion-id="${id}"]`)!;
    await vi.waitFor(() => expect(item('c1').getAttribute('data-score')).toBe('1'));
    expect(item('c0').getAttribute('data-score')).toBe('2');
    expect(text(item('c1').querySelector('[data-testid="shortlisting"]'))).toBe(
      '◑ Shortlister’s view: 1 of 2 You hold Quality / service improvement, but have no example for it yet.',
    );
    expect(text(host.querySelector('[data-testid="shortlisting-points"]'))).toMatch(
      /^Shortlister’s view: 3 of 4 points on essential criteria/,
    );
    const suggestion = item('c1').querySelector('[data-testid="link-suggestion"]')!;
    expect(text(suggestion)).toContain('Your Clinical audit example (“Falls on our 28-bed medical ward');
    const link = suggestion.querySelector('button')!;
    expect(text(link)).toBe('Link it to Quality / service improvement');
    await act(async () => link.click());
    expect(onLink).toHaveBeenCalledWith({
      criterionId: 'c1',
      skillId: 'gov-quality-improvement',
      from: { skillId: 'gov-clinical-audit', noteId: 'falls' },
    });

    // The page saves the link; the report made with the new profile scores the criterion 2.
    const linked = linkEvidenceNote(profile, onLink.mock.calls[0]![0].from, 'gov-quality-improvement', 'copy');
    rerender(view(linked));
    await vi.waitFor(() => expect(item('c1').getAttribute('data-score')).toBe('2'));
    expect(item('c1').querySelector('[data-testid="link-suggestion"]')).toBeNull();
    expect(text(host.querySelector('[data-testid="shortlisting-points"]'))).toMatch(/^Shortlister’s view: 4 of 4/);
  });
});
