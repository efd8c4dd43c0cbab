import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../../../src/core/history/history-entry';
import type { RecurringGap } from '../../../../src/core/history/recurring-gaps';
import { Deadlines } from '../../../../src/pages/history/Deadlines';
import { GapPlan } from '../../../../src/pages/history/GapPlan';
import type { KeptEntry } from '../../../../src/storage/history-store';
import { testMatcher } from '../../support/make-report';
import { mount, text } from '../../support/render';

let cleanup = () => {};
afterEach(() => cleanup());

const entry = (title: string, closingDate: string | null, postedDate?: string): KeptEntry => ({
  ...({} as HistoryEntry),
  key: `history:${title}`,
  kept: false,
  title,
  employer: 'Trust',
  closingDate,
  ...(postedDate ? { postedDate } : {}),
});

describe('deadlines in the history', () => {
  it('lists open adverts soonest first, with the days left, the date posted and a note that they may close early', () => {
    const now = new Date(2026, 11, 1, 10);
    const { host, unmount } = mount(
      <Deadlines
        now={now}
        entries={[
          entry('Later', '2026-12-20', '2026-11-20'),
          entry('Gone', '2026-11-30'),
          entry('Soon', '2026-12-03'),
          entry('Undated', null),
        ]}
      />,
    );
    cleanup = unmount;
    expect([...host.querySelectorAll('[data-testid="deadline"]')].map(text)).toEqual([
      'closes in 2 days (3 December 2026): Soon · Trust',
      'closes in 19 days (20 December 2026): Later · Trust · posted 20 November 2026',
    ]);
    expect(text(host)).toContain('NHS adverts may close early once they have enough applications');
  });

  it('shows nothing when no advert is still open', () => {
    const { host, unmount } = mount(<Deadlines now={new Date(2027, 0, 1)} entries={[entry('Gone', '2026-11-30')]} />);
    cleanup = unmount;
    expect(host.textContent).toBe('');
  });
});

describe('the recurring-gaps plan', () => {
  const gap = (skillId: string, action: RecurringGap['action'], asks: string[] = []): RecurringGap => ({
    skillId,
    label: skillId,
    count: 3,
    essential: 2,
    of: 5,
    asks,
    action,
  });

  it('says what the adverts asked and offers the next step: add the skill, or write up its example', () => {
    const onAddSkill = vi.fn();
    const onAddEvidence = vi.fn();
    const { host, unmount } = mount(
      <GapPlan
        gaps={[gap('gov-risk', 'add-skill', ['Experience of risk management']), gap('gov-audit', 'add-evidence')]}
        skills={testMatcher.skills}
        onAddSkill={onAddSkill}
        onAddEvidence={onAddEvidence}
      />,
    );
    cleanup = unmount;
    const items = [...host.querySelectorAll('[data-testid="recurring-gap"]')];
    expect(items.map((li) => text(li.querySelector('span')))).toEqual([
      'Risk management: missing in 3 of your last 5 adverts (2 as essential)',
      'Clinical audit: no example yet in 3 of your last 5 adverts (2 as essential)',
    ]);
    expect(items.map((li) => li.querySelector('button')!.getAttribute('aria-label'))).toEqual([
      'I have this: Risk management',
      'Add evidence: Clinical audit',
    ]);
    expect([...items[0]!.querySelectorAll('.asks li')].map(text)).toEqual(['“Experience of risk management”']);
    expect(items[1]!.querySelector('.asks')).toBeNull();
    items[0]!.querySelector('button')!.click();
    items[1]!.querySelector('button')!.click();
    expect(onAddSkill).toHaveBeenCalledWith('gov-risk');
    expect(onAddEvidence).toHaveBeenCalledWith('gov-audit');
  });
});
