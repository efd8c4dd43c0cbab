import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileChange } from '../../../../src/core/profile/edit-profile';
import { emptyProfile, type Profile } from '../../../../src/core/model/profile';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';
import { CustomSkillsSection } from '../../../../src/pages/profile/CustomSkillsSection';
import { SkillsSection } from '../../../../src/pages/profile/SkillsSection';
import { mount, text } from '../../support/render';

const skills = defaultMatcher().skills;
let saved: Profile;
let cleanup = () => undefined as void;
afterEach(() => cleanup());

function skillsSection(start: Profile) {
  saved = start;
  function Harness() {
    const [profile, setProfile] = useState(start);
    const update = (change: ProfileChange) => setProfile((p) => (saved = change(p)));
    return <SkillsSection profile={profile} skills={skills} update={update} focusSkill={null} />;
  }
  const view = mount(<Harness />);
  cleanup = view.unmount;
  return view.host;
}

const cards = (host: HTMLElement) => [...host.querySelectorAll<HTMLElement>('.skill-card')];
const cardLabels = (host: HTMLElement) => cards(host).map((c) => c.dataset.skillId);
const pick = (host: HTMLElement, typed: string) => {
  const input = host.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  act(() => {
    input.value = typed;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
  });
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
};

const profileWith = (...ids: string[]): Profile => ({
  ...emptyProfile(),
  skills: ids.map((skillId) => ({ skillId, status: 'held' })),
});

describe('the skills section', () => {
  it('puts a skill just added first, marked, and Undo takes it back', () => {
    const host = skillsSection(profileWith('comm-verbal-written', 'it-ms-office'));
    expect(cardLabels(host)).toEqual(['it-ms-office', 'comm-verbal-written']);
    pick(host, 'audit');
    expect(cardLabels(host)).toEqual(['gov-clinical-audit', 'it-ms-office', 'comm-verbal-written']);
    expect(cards(host)[0]!.classList.contains('skill-card--new')).toBe(true);
    expect(text(cards(host)[0]!.querySelector('.tag--new'))).toBe('just added');
    const undo = [...host.querySelectorAll('button')].find((b) => text(b) === 'Undo adding Clinical audit')!;
    act(() => undo.click());
    expect(saved.skills.map((s) => s.skillId)).toEqual(['comm-verbal-written', 'it-ms-office']);
    expect(cardLabels(host)).toEqual(['it-ms-office', 'comm-verbal-written']);
  });

  it('opens a new example from the card itself, with the cursor in its first box', () => {
    const host = skillsSection(profileWith('gov-clinical-audit'));
    const card = cards(host)[0]!;
    expect(card.querySelector('details')!.open).toBe(false);
    const add = [...card.querySelectorAll('button')].find((b) => text(b) === 'Add an example for Clinical audit')!;
    expect(add.closest('details')).toBeNull();
    act(() => add.click());
    expect(card.querySelector('details')!.open).toBe(true);
    const note = card.querySelector('[data-testid="evidence-note"]')!;
    expect(text(note.querySelector('legend'))).toBe('Example 1 for Clinical audit');
    expect(document.activeElement).toBe(note.querySelector('textarea'));
    act(() => add.click());
    expect(card.querySelectorAll('[data-testid="evidence-note"]')).toHaveLength(2);
    expect(document.activeElement).toBe(
      card.querySelectorAll('[data-testid="evidence-note"]')[1]!.querySelector('textarea'),
    );
  });
});

describe('your own skills', () => {
  it('keeps the form to add one folded away, so its boxes are not the first on the page', () => {
    const update = (change: ProfileChange) => void (saved = change(saved));
    saved = emptyProfile();
    const view = mount(<CustomSkillsSection profile={saved} skills={skills} update={update} />);
    cleanup = view.unmount;
    const details = view.host.querySelector<HTMLDetailsElement>('details.add-own')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('textarea')).not.toBeNull();
    expect(text(details.querySelector('summary'))).toBe('Add a skill of your own');
    expect(view.host.querySelector('h2')?.closest('details')).toBeNull();
  });
});
