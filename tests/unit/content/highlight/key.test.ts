import { describe, expect, it, vi } from 'vitest';
import { createKey, type KeyActions } from '../../../../src/content/highlight/key';
import { makeReport } from '../../support/make-report';

const criteria = [
  { level: 'essential' as const, text: 'Registered nurse' },
  { level: 'essential' as const, text: 'Clinical audit experience' },
  { level: 'essential' as const, text: 'Risk management' },
  { level: 'desirable' as const, text: 'Line management' },
];
const nurse = { skills: [{ skillId: 'reg-nurse', status: 'held' as const, evidence: [] }] };
const button = (root: HTMLElement, name: RegExp) =>
  [...root.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;

function mounted(actions: Partial<KeyActions> = {}) {
  const key = createKey(document, {
    onNextGap: () => null,
    onRescan: () => Promise.resolve(false),
    onSetUp: () => undefined,
    ...actions,
  });
  document.body.replaceChildren(key.root);
  return key;
}
const tally = (key: ReturnType<typeof mounted>) => key.root.querySelector('.tally')!.textContent;

describe('the key on the advert', () => {
  it('shows the essential tally and what to address, and updates in place when the report changes', () => {
    const key = mounted();
    key.show({ report: makeReport(criteria, nurse), profile: 'ok' as const, error: null });
    expect(tally(key)).toBe('Essential: 1 of 3 met · 2 to address');
    const next = button(key.root, /Next essential gap/);
    expect(next.hidden).toBe(false);

    key.show({ report: makeReport(criteria.slice(0, 1), nurse), profile: 'ok' as const, error: null });
    expect(tally(key)).toBe('Essential: 1 of 1 met');
    expect(button(key.root, /Next essential gap/)).toBe(next);
    expect(next.hidden).toBe(true);
  });

  it('asks for the profile first when it is empty, instead of counting every criterion as a gap', () => {
    const onSetUp = vi.fn();
    const key = mounted({ onSetUp });
    key.show({ report: makeReport(criteria), profile: 'empty' as const, error: null });
    expect(tally(key)).toBe('3 essential criteria · add your skills to see which you meet');
    expect(button(key.root, /Next essential gap/).hidden).toBe(true);
    button(key.root, /Add your skills/).click();
    expect(onSetUp).toHaveBeenCalledOnce();
  });

  it('says why there is nothing to show when the extension did not answer', () => {
    const key = mounted();
    key.show({ report: null, profile: 'ok' as const, error: 'Reload the page.' });
    expect(tally(key)).toBe('Reload the page.');
    expect(button(key.root, /Add your skills/).hidden).toBe(true);
  });

  it('names every kind of mark in words, not colour alone', () => {
    const key = mounted();
    expect([...key.root.querySelectorAll('.legend li')].map((li) => li.textContent)).toEqual([
      'Not yet: essential',
      'Not yet: desirable',
      'Partly (related, or in progress)',
      'In your profile',
    ]);
  });

  it('says which gap it moved to, and what a re-scan found', async () => {
    const onNextGap = vi.fn().mockReturnValueOnce({ index: 1, total: 2 }).mockReturnValueOnce(null);
    const onRescan = vi.fn().mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    const key = mounted({ onNextGap, onRescan });
    key.show({ report: makeReport(criteria), profile: 'ok' as const, error: null });
    const status = key.root.querySelector('[role="status"]')!;
    button(key.root, /Next essential gap/).click();
    expect(status.textContent).toBe('Gap 1 of 2');
    button(key.root, /Re-scan/).click();
    await vi.waitFor(() => expect(status.textContent).toBe('Page read again: no change'));
    button(key.root, /Re-scan/).click();
    await vi.waitFor(() => expect(status.textContent).toBe('Page read again: updated'));
    button(key.root, /Next essential gap/).click();
    expect(status.textContent).toBe('');
    expect(onRescan).toHaveBeenCalledTimes(2);
  });
});
