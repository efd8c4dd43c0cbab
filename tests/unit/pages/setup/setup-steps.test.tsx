import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileChange } from '../../../../src/core/profile/edit-profile';
import { emptyProfile, type Profile } from '../../../../src/core/model/profile';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';
import { ExampleStep } from '../../../../src/pages/setup/ExampleStep';
import { stepHeading } from '../../../../src/pages/setup/setup-steps';
import { SkillsStep } from '../../../../src/pages/setup/SkillsStep';
import { mount, text } from '../../support/render';

const skills = defaultMatcher().skills;
let saved: Profile;
let cleanup = () => undefined as void;
afterEach(() => cleanup());

function withProfile(
  start: Profile,
  render: (profile: Profile, update: (c: ProfileChange) => void) => preact.JSX.Element,
) {
  saved = start;
  function Harness() {
    const [profile, setProfile] = useState(start);
    return render(profile, (change) => setProfile((p) => (saved = change(p))));
  }
  const view = mount(<Harness />);
  cleanup = view.unmount;
  return view.host;
}

const key = (input: HTMLInputElement, k: string) =>
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });
function addByKeyboard(host: HTMLElement, typed: string) {
  const input = host.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  act(() => {
    input.value = typed;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  key(input, 'ArrowDown');
  key(input, 'Enter');
}

describe('the set-up', () => {
  it('names each step with its place among the three', () => {
    expect(stepHeading('registration')).toBe('Step 1 of 3: your registration');
    expect(stepHeading('skills')).toBe('Step 2 of 3: your skills');
    expect(stepHeading('example')).toBe('Step 3 of 3: one example');
    expect(stepHeading('done')).toBe('You are set up');
  });

  it('adds the skills typed with the options page’s picker, newest first, each removable', () => {
    const host = withProfile(emptyProfile(), (profile, update) => (
      <SkillsStep profile={profile} skills={skills} update={update} heading="Step 2 of 3: your skills" />
    ));
    for (const typed of ['communication', 'audit', 'Excel']) addByKeyboard(host, typed);
    expect(saved.skills.map((s) => s.skillId)).toEqual(['comm-verbal-written', 'gov-clinical-audit', 'it-ms-office']);
    const list = host.querySelector('[aria-label="Your skills"]')!;
    expect([...list.querySelectorAll('li > span')].map(text)).toEqual([
      'Microsoft Office',
      'Clinical audit',
      'Verbal and written communication',
    ]);
    act(() => list.querySelector<HTMLButtonElement>('button[aria-label="Remove Clinical audit"]')!.click());
    expect(saved.skills.map((s) => s.skillId)).toEqual(['comm-verbal-written', 'it-ms-office']);
  });

  it('offers one example for the first skill that needs one, in the skill card of the options page', () => {
    const start: Profile = {
      ...emptyProfile(),
      skills: [
        { skillId: 'reg-nmc-nurse', status: 'held' },
        { skillId: 'gov-clinical-audit', status: 'held' },
      ],
    };
    const host = withProfile(start, (profile, update) => (
      <ExampleStep profile={profile} skills={skills} update={update} heading="Step 3" onAddSkills={() => undefined} />
    ));
    expect(host.querySelector<HTMLSelectElement>('select')!.value).toBe('gov-clinical-audit');
    const note = host.querySelector('[data-testid="evidence-note"]')!;
    expect(text(note.querySelector('legend'))).toBe('Example 1 for Clinical audit');
    act(() => {
      const situation = note.querySelector('textarea')!;
      situation.value = 'Falls on the ward rose.';
      situation.dispatchEvent(new Event('input', { bubbles: true }));
      situation.dispatchEvent(new Event('blur'));
    });
    expect(saved.skills.find((s) => s.skillId === 'gov-clinical-audit')?.evidence?.[0]?.situation).toBe(
      'Falls on the ward rose.',
    );
  });

  it('sends the user back to the skills when there is none to write about', () => {
    let back = 0;
    const host = withProfile(emptyProfile(), (profile, update) => (
      <ExampleStep profile={profile} skills={skills} update={update} heading="Step 3" onAddSkills={() => back++} />
    ));
    expect(host.querySelector('[data-testid="evidence-note"]')).toBeNull();
    act(() => host.querySelector<HTMLButtonElement>('button.link')!.click());
    expect(back).toBe(1);
  });
});
