import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';
import { SkillPicker } from '../../../../src/pages/components/SkillPicker';

const skills = defaultMatcher().skills;
let host: HTMLElement;

function mount(exclude: Set<string>, onPick: (id: string) => void) {
  host = document.body.appendChild(document.createElement('div'));
  act(() => render(<SkillPicker skills={skills} exclude={exclude} onPick={onPick} />, host));
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

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('SkillPicker', () => {
  it('suggests skills as the user types and picks one with the keyboard', () => {
    const onPick = vi.fn();
    const input = mount(new Set(), onPick);
    type(input, 'governance');
    const options = [...host.querySelectorAll('[role="option"]')].map((o) => o.textContent);
    expect(options[0]).toBe('Clinical governance');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    press(input, 'Enter');
    expect(onPick).toHaveBeenCalledWith('gov-clinical-governance');
    expect(input.value).toBe('');
  });

  it('moves the active option with the arrow keys and announces it', () => {
    const onPick = vi.fn();
    const input = mount(new Set(), onPick);
    type(input, 'registration');
    press(input, 'ArrowDown');
    const options = [...host.querySelectorAll('[role="option"]')];
    const active = host.querySelector('[role="option"][aria-selected="true"]')!;
    expect(options.indexOf(active)).toBe(1);
    expect(input.getAttribute('aria-activedescendant')).toBe(active.id);
    press(input, 'Enter');
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(active.id.endsWith(`-${onPick.mock.calls[0]![0]}`)).toBe(true);
  });

  it('leaves out skills already in the profile', () => {
    const input = mount(new Set(['gov-clinical-governance']), vi.fn());
    type(input, 'clinical governance');
    const options = [...host.querySelectorAll('[role="option"]')].map((o) => o.textContent);
    expect(options).not.toContain('Clinical governance');
  });
});
