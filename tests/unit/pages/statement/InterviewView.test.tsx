import { afterEach, describe, expect, it, vi } from 'vitest';
import { InterviewView } from '../../../../src/pages/statement/InterviewView';
import { makeReport, testMatcher } from '../../support/make-report';
import { mount, text } from '../../support/render';

let cleanup = () => {};
afterEach(() => cleanup());

const note = { id: 'n', situation: 'Falls rose.', action: 'I led an audit.', result: 'Falls fell by a third.' };
const profile = {
  skills: [
    { skillId: 'gov-audit', status: 'held' as const, evidence: [note] },
    { skillId: 'lead-manage', status: 'held' as const },
  ],
};

describe('interview preparation', () => {
  it('falls back to the essential criteria, with the examples, when the advert does not say, and says so', () => {
    const report = makeReport(
      [
        { level: 'essential', text: 'Clinical audit', category: 'Experience' },
        { level: 'desirable', text: 'Excel' },
        { level: 'essential', text: 'Line management' },
        { level: 'essential', text: 'Risk management' },
        { level: 'essential', text: 'Clinical audit.', category: 'Skills' },
      ],
      profile,
    );
    const onAddEvidence = vi.fn();
    const { host, unmount } = mount(
      <InterviewView report={report} skills={testMatcher.skills} onAddEvidence={onAddEvidence} />,
    );
    cleanup = unmount;
    expect(text(host.querySelector('[data-testid="interview-message"]'))).toBe(
      'This advert does not say which criteria are assessed at interview, so here are its essential criteria: panels ask about them. Prepare one example for each.',
    );
    const items = [...host.querySelectorAll('[data-testid="interview-list"] > li')];
    // The repeated criterion is prepared once; the desirable one is left out.
    expect(items.map((li) => text(li.querySelector('.interview-criterion')))).toEqual([
      '✓ Met Clinical audit',
      '✎ Met, no example yet Line management',
      '✗ Missing Risk management',
    ]);
    expect(text(items[0]!.querySelector('.interview-example'))).toBe(
      'Your example (Clinical audit): Falls rose. I led an audit. Falls fell by a third.',
    );
    expect(text(items[1]!.querySelector('.interview-none'))).toBe('No example yet. Add evidence for Line management');
    items[1]!.querySelector('button')!.click();
    expect(onAddEvidence).toHaveBeenCalledWith('lead-manage');
    expect(text(items[2]!.querySelector('.interview-none'))).toBe('No example yet: it is not in your profile.');
  });

  it('lists only what the advert says is assessed at interview, when it says', () => {
    const report = makeReport(
      [
        { level: 'essential', text: 'Clinical audit', assessedBy: ['application', 'interview'] },
        { level: 'essential', text: 'Registered nurse', assessedBy: ['application'] },
      ],
      profile,
    );
    const { host, unmount } = mount(<InterviewView report={report} skills={testMatcher.skills} />);
    cleanup = unmount;
    expect(text(host.querySelector('[data-testid="interview-message"]'))).toBe(
      'The advert says these are assessed at interview:',
    );
    expect([...host.querySelectorAll('.interview-criterion')].map(text)).toEqual(['✓ Met Clinical audit']);
  });
});
