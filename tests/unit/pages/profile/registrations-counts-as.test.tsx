import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileChange } from '../../../../src/core/profile/edit-profile';
import { emptyProfile, type Profile } from '../../../../src/core/model/profile';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';
import { RegistrationsSection } from '../../../../src/pages/profile/RegistrationsSection';
import { mount, text } from '../../support/render';

const skills = defaultMatcher().skills;
let saved: Profile;
let cleanup = () => undefined as void;
afterEach(() => cleanup());

function section(start: Profile = emptyProfile()) {
  saved = start;
  function Harness() {
    const [profile, setProfile] = useState(start);
    const update = (change: ProfileChange) => setProfile((p) => (saved = change(p)));
    return <RegistrationsSection profile={profile} skills={skills} update={update} />;
  }
  const view = mount(<Harness />);
  cleanup = view.unmount;
  return view.host;
}

const field = (host: HTMLElement, label: string) =>
  [...host.querySelectorAll('label')].find((l) => l.textContent === label)!.control as HTMLInputElement;
const type = (host: HTMLElement, label: string, value: string) =>
  act(() => {
    const input = field(host, label);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const submit = (host: HTMLElement) => act(() => host.querySelector('form')!.requestSubmit());
const radio = (host: HTMLElement, label: string) =>
  [...host.querySelectorAll<HTMLLabelElement>('label.radio')].find((l) => text(l) === label)!
    .control as HTMLInputElement;
const choose = (host: HTMLElement, label: string) => act(() => radio(host, label).click());

describe('what a registration counts as, in the form', () => {
  it('asks which part of the NMC register, refuses to save without it, and saves the choice', () => {
    const host = section();
    type(host, 'Registered with', 'NMC');
    type(host, 'PIN or number', '12A3456E');
    const legend = host.querySelector('fieldset.register-parts legend');
    expect(text(legend)).toBe('Which part of the NMC register are you on?');
    expect([...host.querySelectorAll('label.radio')].map(text)).toContain('Midwife');
    submit(host);
    expect(saved.registrations).toEqual([]);
    expect(text(host.querySelector('[role="alert"]'))).toBe(
      'Say which part of the NMC register you are on, so adverts count it.',
    );
    expect(document.activeElement).toBe(radio(host, 'Nurse: adult'));
    choose(host, 'Nurse: adult');
    expect(field(host, 'Counts as').value).toBe('reg-nmc-field-adult');
    submit(host);
    expect(saved.registrations).toEqual([
      { id: expect.any(String), body: 'NMC', number: '12A3456E', skillId: 'reg-nmc-field-adult' },
    ]);
    expect(text(host.querySelector('.entries'))).toContain('counts as Nursing field: adult');
  });

  it('fills "Counts as" from a register that decides it, and stores no choice the user did not make', () => {
    const host = section();
    type(host, 'Registered with', 'HCPC');
    expect(host.querySelector('fieldset.register-parts')).toBeNull();
    expect(field(host, 'Counts as').value).toBe('reg-hcpc');
    expect(text(host.querySelector(`[id$="-skill-hint"]`))).toContain('Worked out from the register');
    submit(host);
    expect(saved.registrations).toEqual([{ id: expect.any(String), body: 'HCPC' }]);
    expect(text(host.querySelector('.entries'))).toContain('counts as HCPC registration (from the register)');
  });

  it('drops a choice that no longer fits when the body changes', () => {
    const host = section();
    type(host, 'Registered with', 'NMC');
    choose(host, 'Midwife');
    type(host, 'Registered with', 'GPhC');
    expect(field(host, 'Counts as').value).toBe('reg-gphc-psni');
    submit(host);
    expect(saved.registrations[0]).not.toHaveProperty('skillId');
  });

  it('warns, in the form and in the list, about a register that counts for nothing', () => {
    const host = section();
    type(host, 'Registered with', 'Royal College of Nursing');
    expect(text(host.querySelector(`[id$="-skill-hint"]`))).toContain('adverts will not count it');
    submit(host);
    expect(text(host.querySelector('[data-testid="registration-flag"]'))).toContain('counts for nothing on adverts');
  });

  it('flags a stored NMC registration whose part was never said', () => {
    const host = section({ ...emptyProfile(), registrations: [{ id: 'reg-1', body: 'NMC' }] });
    expect(text(host.querySelector('[data-testid="registration-flag"]'))).toContain(
      'counts only as NMC registration (any part of the register): edit it to say which part',
    );
  });
});
