import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';
import { SkillPicker } from '../../../../src/pages/components/SkillPicker';

const skills = defaultMatcher().skills;
let host: HTMLElement;

function mount(exclude: Set<string>, onPick: (id: string) => void, onUndo?: (id: string) => void) {
  host = document.body.appendChild(document.createElement('div'));
  act(() => render(<SkillPicker skills={skills} exclude={exclude} onPick={onPick} onUndo={onUndo} />, host));
  return host.querySelector<HTMLInputElement>('input[role="combobox"]')!;
}

const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const press = (input: HTMLInputElement, key: string) =>
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
const options = () => [...host.querySelectorAll('[role="option"]')];
const activeOption = () => host.querySelector('[role="option"][aria-selected="true"]');
const notice = () => (host.querySelector('[data-testid="added-notice"]')?.textContent ?? '').replace(/\s+/g, ' ');

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('SkillPicker (APG combobox, list autocomplete with manual selection)', () => {
  it('suggests as the user types with nothing chosen until ↓', () => {
    const input = mount(new Set(), vi.fn());
    type(input, 'governance');
    expect(options()[0]?.textContent).toBe('Clinical governance');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(activeOption()).toBeNull();
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    press(input, 'ArrowDown');
    expect(activeOption()).toBe(options()[0]);
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
  });

  it.each([
    ['communication', 'comm-verbal-written', 'Verbal and written communication'],
    ['audit', 'gov-clinical-audit', 'Clinical audit'],
    ['Excel', 'it-ms-office', 'Microsoft Office'],
  ])('adds the skill typed ("%s") with ↓ then Enter, and says so', (typed, id, label) => {
    const onPick = vi.fn();
    const input = mount(new Set(), onPick);
    type(input, typed);
    press(input, 'ArrowDown');
    press(input, 'Enter');
    expect(onPick).toHaveBeenCalledExactlyOnceWith(id);
    expect(input.value).toBe('');
    expect(notice()).toContain(`Added ${label}`);
  });

  it('on Enter with nothing chosen, adds the one skill named exactly as typed, and nothing otherwise', () => {
    const onPick = vi.fn();
    const input = mount(new Set(), onPick);
    type(input, 'RGN');
    press(input, 'Enter');
    expect(onPick).toHaveBeenCalledExactlyOnceWith('reg-nmc-field-adult');

    type(input, 'clinical au');
    press(input, 'Enter');
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(input.value).toBe('clinical au');
    expect(host.querySelector('[role="status"].hint')?.textContent).toContain('↓');
    expect(input.getAttribute('aria-describedby')).toBe(host.querySelector('.hint')!.id);
  });

  it('moves with ↓ and ↑, wrapping at either end', () => {
    const onPick = vi.fn();
    const input = mount(new Set(), onPick);
    type(input, 'registration');
    const count = options().length;
    expect(count).toBeGreaterThan(2);
    press(input, 'ArrowUp');
    expect(activeOption()).toBe(options()[count - 1]);
    press(input, 'ArrowDown');
    expect(activeOption()).toBe(options()[0]);
    press(input, 'ArrowDown');
    expect(activeOption()).toBe(options()[1]);
    press(input, 'Enter');
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(options()).toHaveLength(0);
  });

  it('closes the list on Escape, keeping the text, and clears the text on a second Escape', () => {
    const input = mount(new Set(), vi.fn());
    type(input, 'audit');
    press(input, 'ArrowDown');
    press(input, 'Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('audit');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    press(input, 'Escape');
    expect(input.value).toBe('');
  });

  it('offers Undo after adding, which takes the skill back', () => {
    const onPick = vi.fn();
    const onUndo = vi.fn();
    const input = mount(new Set(), onPick, onUndo);
    type(input, 'Excel');
    press(input, 'Enter');
    const undo = [...host.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Undo'))!;
    expect(undo.textContent).toBe('Undo adding Microsoft Office');
    act(() => undo.click());
    expect(onUndo).toHaveBeenCalledExactlyOnceWith('it-ms-office');
    expect(notice()).toBe('Took back Microsoft Office.');
  });

  it('leaves out skills already in the profile', () => {
    const input = mount(new Set(['gov-clinical-governance']), vi.fn());
    type(input, 'clinical governance');
    expect(options().map((o) => o.textContent)).not.toContain('Clinical governance');
  });
});
