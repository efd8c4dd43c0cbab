import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../../../src/core/model/profile';
import type { Report } from '../../../../src/core/model/report';
import { CriteriaView } from '../../../../src/pages/report/CriteriaView';
import { useOpenSet } from '../../../../src/pages/report/use-open-set';
import { makeReport, testMatcher, type TestCriterion } from '../../support/make-report';
import { mount, text } from '../../support/render';

let cleanup = () => {};
afterEach(() => cleanup());

const note = { id: 'n', situation: 'Falls rose.', action: 'I audited.', result: 'Falls fell.' };
const CRITERIA: TestCriterion[] = [
  { level: 'essential', text: 'Registered nurse', category: 'Qualifications' },
  { level: 'essential', text: 'Clinical audit', category: 'Experience' },
  { level: 'essential', text: 'Risk management', category: 'Experience' },
  { level: 'desirable', text: 'Line management', category: 'Experience' },
  { level: 'essential', text: 'Excel', category: 'Skills' },
  { level: 'essential', text: 'Able to drive', category: 'Skills' },
];
const start: Partial<Profile> = { skills: [{ skillId: 'gov-audit', status: 'held', evidence: [note] }] };

/** The report view's part that lists criteria, with the profile it compares kept in state, as the popup does. */
function Harness({ initial }: { initial: Partial<Profile> }) {
  const [profile, setProfile] = useState(initial);
  const report: Report = makeReport(CRITERIA, profile);
  const disclosures = useOpenSet();
  const addSkill = (skillId: string) =>
    setProfile((p) => ({ ...p, skills: [...(p.skills ?? []), { skillId, status: 'held' as const }] }));
  return (
    <CriteriaView
      report={report}
      skills={testMatcher.skills}
      coachOf={() => undefined}
      onAddSkill={addSkill}
      onReveal={() => {}}
      disclosures={disclosures}
    />
  );
}

/** Controls a keyboard reaches: those not folded inside a closed disclosure (a closed one's summary is reached). */
function tabStops(host: Element): Element[] {
  return [...host.querySelectorAll('button, summary, a[href], input, select, textarea')].filter((el) => {
    for (let d = el.parentElement?.closest('details'); d; d = d.parentElement?.closest('details')) {
      const ownSummary = el.tagName === 'SUMMARY' && el.parentElement === d;
      if (!d.open && !ownSummary) return false;
    }
    return true;
  });
}

const criterionIn = (host: Element, id: string) => host.querySelector(`[data-criterion-id="${id}"]`)!;

describe('the criteria, blockers first', () => {
  it('lists each criterion once: blockers first, the rest folded by category, each category with its tally', () => {
    const { host, unmount } = mount(<Harness initial={start} />);
    cleanup = unmount;
    const blockers = host.querySelector('[data-testid="blockers"]')!;
    expect([...blockers.querySelectorAll('.criterion-text')].map(text)).toEqual([
      'Registered nurse',
      'Risk management',
      'Excel',
    ]);
    expect(text(host.querySelector('#blockers-heading'))).toBe('Blockers (3)');
    // Listed apart from its category, a blocker says which it is in.
    expect(text(blockers.querySelector('summary'))).toBe('Registered nurse ✗ Missing Qualifications');
    // Every criterion appears once in all.
    const ids = [...host.querySelectorAll('[data-criterion-id]')].map((el) => el.getAttribute('data-criterion-id'));
    expect(ids.sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);

    const categories = [...host.querySelectorAll('section.category')];
    expect(categories.map((c) => text(c.querySelector('h3')))).toEqual(['Qualifications', 'Experience', 'Skills']);
    expect(categories.map((c) => text(c.querySelector('[data-testid="category-tally"]')))).toEqual([
      '✗ 1 blocker ↑ (listed above)',
      '✓ 1 met · ✗ 1 blocker ↑ (listed above) · ✗ 1 missing',
      '✗ 1 blocker ↑ (listed above) · – 1 to check yourself',
    ]);
    // A category whose criteria are all blockers has nothing to open.
    expect(categories[0]!.querySelector('details')).toBeNull();
    expect(categories.slice(1).every((c) => !c.querySelector('details')!.open)).toBe(true);
  });

  it('takes one tab stop per criterion shown, and one per category: the actions are inside', async () => {
    const { host, unmount } = mount(<Harness initial={start} />);
    cleanup = unmount;
    // Three blockers and two categories that open; the first category has nothing more to show.
    expect(tabStops(host).map((el) => el.tagName)).toEqual(Array(5).fill('SUMMARY'));
    const experience = host.querySelector('section[data-category="Experience"] > details > summary') as HTMLElement;
    await act(async () => experience.click());
    expect(tabStops(host)).toHaveLength(7);
    const audit = criterionIn(host, 'c2').querySelector('summary') as HTMLElement;
    await act(async () => audit.click());
    expect(tabStops(host).map(text).slice(4)).toEqual([
      'Clinical audit ✓ Met',
      'Why? (Clinical audit)',
      'Show on the page',
      'Line management ✗ Missing',
      'Skills ✗ 1 blocker ↑ (listed above) · – 1 to check yourself',
    ]);
  });

  it('keeps a blocker the user acts on open, in its category, with the focus, when it stops being a blocker', async () => {
    const { host, unmount } = mount(<Harness initial={start} />);
    cleanup = unmount;
    const summary = criterionIn(host, 'c3').querySelector('summary') as HTMLElement;
    await act(async () => summary.click());
    const add = criterionIn(host, 'c3').querySelector('button.add') as HTMLButtonElement;
    expect(text(add)).toBe('I have this (Risk management)');
    add.focus();
    await act(async () => add.click());

    const moved = criterionIn(host, 'c3');
    expect(moved.getAttribute('data-status')).toBe('not-evidenced');
    expect(moved.closest('[data-testid="blockers"]')).toBeNull();
    expect(moved.closest('section.category')?.getAttribute('data-category')).toBe('Experience');
    expect((moved.closest('section.category')!.querySelector('details') as HTMLDetailsElement).open).toBe(true);
    expect((moved.querySelector('details') as HTMLDetailsElement).open).toBe(true);
    expect(document.activeElement).toBe(moved.querySelector('summary'));
    expect(text(host.querySelector('#blockers-heading'))).toBe('Blockers (2)');
  });
});
