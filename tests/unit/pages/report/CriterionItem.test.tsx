import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyProfile } from '../../../../src/core/model/profile';
import { CriterionItem } from '../../../../src/pages/report/CriterionItem';
import { makeReport, testMatcher } from '../../support/make-report';
import { mount, text } from '../../support/render';

let cleanup = () => {};
afterEach(() => cleanup());

describe('a criterion in the report', () => {
  it('explains each recognised skill on demand, in plain words: what the advert says and the profile’s part', () => {
    const report = makeReport([{ level: 'essential', text: 'Experience of Clinical Audits and risk management' }], {
      skills: [{ skillId: 'gov-audit', status: 'held' }],
    });
    const { host, unmount } = mount(<CriterionItem item={report.criteria[0]!} skills={testMatcher.skills} />);
    cleanup = unmount;
    const whys = [...host.querySelectorAll('details.why')];
    expect(whys).toHaveLength(2);
    expect(whys.every((d) => !d.hasAttribute('open'))).toBe(true);
    expect(text(whys[0]!.querySelector('summary'))).toBe('Why? (Clinical audit)');
    const hit = report.criteria[0]!.criterion.hits.find((h) => h.skillId === 'gov-audit')!;
    expect(text(whys[0]!)).toContain('The advert says “Clinical Audits”, which counts as Clinical audit.');
    expect(text(whys[0]!)).not.toContain(hit.rule);
    expect(text(whys[0]!)).not.toContain('matched');
    expect(text(whys[0]!)).toContain('Your profile has this skill.');
    expect(text(whys[1]!)).toContain('It is not in your profile yet.');
    expect([...host.querySelectorAll('.skill-state')].map(text)).toEqual([
      ': in your profile',
      ': not in your profile yet',
    ]);
  });

  it('offers to add a missing skill, and evidence for a skill held without a note', () => {
    const report = makeReport([{ level: 'essential', text: 'Clinical audit and risk management' }], {
      skills: [{ skillId: 'gov-audit', status: 'held' }],
    });
    const onAddSkill = vi.fn();
    const onAddEvidence = vi.fn();
    const { host, unmount } = mount(
      <CriterionItem
        item={report.criteria[0]!}
        skills={testMatcher.skills}
        onAddSkill={onAddSkill}
        onAddEvidence={onAddEvidence}
      />,
    );
    cleanup = unmount;
    const buttons = [...host.querySelectorAll('button')];
    expect(buttons.map(text)).toEqual(['I have this (Risk management)']);
    buttons[0]!.click();
    expect(onAddSkill).toHaveBeenCalledWith('gov-risk');

    const held = makeReport([{ level: 'essential', text: 'Clinical audit' }], {
      skills: [{ skillId: 'gov-audit', status: 'held' }],
    });
    cleanup();
    const second = mount(
      <CriterionItem
        item={held.criteria[0]!}
        skills={testMatcher.skills}
        onAddSkill={onAddSkill}
        onAddEvidence={onAddEvidence}
      />,
    );
    cleanup = second.unmount;
    expect(second.host.querySelector('[data-status]')?.getAttribute('data-status')).toBe('not-evidenced');
    expect(text(second.host.querySelector('.badge'))).toBe('✎ Met, no example yet');
    const add = [...second.host.querySelectorAll('button')].find((b) => text(b).startsWith('Add evidence'))!;
    expect(text(add)).toBe('Add evidence for Clinical audit');
    add.click();
    expect(onAddEvidence).toHaveBeenCalledWith('gov-audit');
  });

  it('is one disclosure: its summary gives the text, the status and the score; the actions are inside', async () => {
    const report = makeReport([{ level: 'essential', text: 'Clinical audit and risk management' }], {
      skills: [{ skillId: 'gov-audit', status: 'held' }],
    });
    const onReveal = vi.fn();
    const onAddSkill = vi.fn();
    const { host, unmount } = mount(
      <CriterionItem
        item={report.criteria[0]!}
        skills={testMatcher.skills}
        onAddSkill={onAddSkill}
        onReveal={onReveal}
        coach={{
          shortlisting: { score: 1, why: 'Only partly met.' },
          suggestions: [],
          profile: emptyProfile(),
        }}
      />,
    );
    cleanup = unmount;
    const details = host.querySelector('li.criterion > details')!;
    const summary = details.querySelector(':scope > summary')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(text(summary)).toBe('Clinical audit and risk management ◐ Partly met ◑ 1 of 2 points');
    // Nothing in the summary is a control of its own: the whole criterion is one tab stop until opened.
    expect(summary.querySelectorAll('button, a, input, summary')).toHaveLength(0);
    const inside = [...details.querySelectorAll('button, summary')].filter((el) => el !== summary);
    expect(inside.map(text)).toEqual([
      'Why? (Clinical audit)',
      'I have this (Risk management)',
      'Why? (Risk management)',
      'Show on the page',
    ]);

    // Opening it (a click on the text) reveals nothing on the page: "Show on the page" does, by name.
    await act(async () => (summary as HTMLElement).click());
    expect(details.hasAttribute('open')).toBe(true);
    expect(onReveal).not.toHaveBeenCalled();
    await act(async () => void inside.at(-1)!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(onReveal).toHaveBeenCalledWith('c1');
    expect(text(details.querySelector('[data-testid="shortlisting"]'))).toBe(
      '◑ Shortlister’s view: 1 of 2 Only partly met.',
    );
  });

  it('offers no "Show on the page" where there is no advert tab to show it in', () => {
    const report = makeReport([{ level: 'essential', text: 'Able to drive' }]);
    const { host, unmount } = mount(<CriterionItem item={report.criteria[0]!} skills={testMatcher.skills} />);
    cleanup = unmount;
    expect(host.querySelectorAll('button')).toHaveLength(0);
    expect(text(host.querySelector('.criterion-body'))).toBe(
      'No skill was recognised in it, so it cannot be checked: answer it yourself.',
    );
  });
});
