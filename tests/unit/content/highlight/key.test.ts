import { describe, expect, it, vi } from 'vitest';
import { createLegend } from '../../../../src/content/highlight/key';
import { makeReport } from '../../support/make-report';

const criteria = [
  { level: 'essential' as const, text: 'Registered nurse' },
  { level: 'essential' as const, text: 'Clinical audit experience' },
  { level: 'essential' as const, text: 'Risk management' },
  { level: 'desirable' as const, text: 'Line management' },
];
const nurse = { skills: [{ skillId: 'reg-nurse', status: 'held' as const, evidence: [] }] };
const button = (root: HTMLElement, name: string | RegExp) =>
  [...root.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
  )!;

function mounted(actions: Parameters<typeof createLegend>[1]) {
  const legend = createLegend(document, actions);
  document.body.replaceChildren(legend.root);
  return legend;
}

describe('the key on the advert', () => {
  it('shows the essential tally and blockers, and updates in place when the report changes', () => {
    const legend = mounted({ onNextGap: () => null });
    legend.show(makeReport(criteria, nurse));
    const tally = legend.root.querySelector('.tally')!;
    expect(tally.textContent).toBe('Essential: 1 of 3 met · 2 blockers');
    const next = button(legend.root, /Next essential gap/);
    expect(next.hidden).toBe(false);

    legend.show(makeReport(criteria.slice(0, 1), nurse));
    expect(tally.textContent).toBe('Essential: 1 of 1 met');
    expect(button(legend.root, /Next essential gap/)).toBe(next);
    expect(next.hidden).toBe(true);
  });

  it('names every kind of mark in words, not colour alone', () => {
    const legend = mounted({ onNextGap: () => null });
    legend.show(makeReport(criteria));
    expect([...legend.root.querySelectorAll('.key li')].map((li) => li.textContent).sort()).toEqual([
      'skillIn your profile',
      'skillMissing: desirable',
      'skillMissing: essential',
      'skillPartly (related skill or in progress)',
    ]);
  });

  it('says which gap it moved to, and what a re-scan found', () => {
    const onNextGap = vi.fn().mockReturnValueOnce({ index: 1, total: 2 }).mockReturnValueOnce(null);
    const onRescan = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    const legend = mounted({ onNextGap, onRescan });
    legend.show(makeReport(criteria));
    const position = legend.root.querySelector('.position')!;
    button(legend.root, /Next essential gap/).click();
    expect(position.textContent).toBe('1 of 2');
    button(legend.root, 'Re-scan').click();
    expect(position.textContent).toBe('Page read again: no change');
    button(legend.root, 'Re-scan').click();
    expect(position.textContent).toBe('Page read again: updated');
    button(legend.root, /Next essential gap/).click();
    expect(position.textContent).toBe('');
    expect(onRescan).toHaveBeenCalledTimes(2);
  });

  it('has no Re-scan button when the page cannot be read again', () => {
    const legend = mounted({ onNextGap: () => null });
    legend.show(makeReport(criteria));
    expect(button(legend.root, 'Re-scan')).toBeUndefined();
  });

  it('folds into a pill and opens again, keeping keyboard focus on the control that replaced the one pressed', () => {
    const legend = mounted({ onNextGap: () => null });
    legend.show(makeReport(criteria, nurse));
    const section = legend.root.querySelector('section')!;
    const pill = legend.root.querySelector<HTMLButtonElement>('.pill')!;
    expect([section.hidden, pill.hidden]).toEqual([false, true]);
    button(legend.root, '×').click();
    expect([section.hidden, pill.hidden]).toEqual([true, false]);
    expect(pill.textContent).toBe('Person spec: 1/3 essential met');
    expect(document.activeElement).toBe(pill);
    pill.click();
    expect([section.hidden, pill.hidden]).toEqual([false, true]);
    expect(document.activeElement).toBe(button(legend.root, '×'));
  });

  it('starts folded on a phone-width page', () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) => ({ matches: query === '(max-width: 640px)' }) as MediaQueryList,
    );
    const legend = mounted({ onNextGap: () => null });
    legend.show(makeReport(criteria));
    expect(legend.root.querySelector('section')!.hidden).toBe(true);
    expect(legend.root.querySelector<HTMLButtonElement>('.pill')!.hidden).toBe(false);
  });
});
