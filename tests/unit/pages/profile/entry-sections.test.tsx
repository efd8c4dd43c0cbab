import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileChange } from '../../../../src/core/profile/edit-profile';
import { emptyProfile, type Profile } from '../../../../src/core/model/profile';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';
import { QualificationsSection } from '../../../../src/pages/profile/QualificationsSection';
import { RegistrationsSection } from '../../../../src/pages/profile/RegistrationsSection';
import { mount, text } from '../../support/render';

const skills = defaultMatcher().skills;
let saved: Profile;
let cleanup = () => undefined as void;
afterEach(() => cleanup());

/** A section over a profile that takes its own changes, as the options page does once they are saved. */
function withProfile(start: Profile, Section: typeof RegistrationsSection | typeof QualificationsSection) {
  saved = start;
  function Harness() {
    const [profile, setProfile] = useState(start);
    const update = (change: ProfileChange) => setProfile((p) => (saved = change(p)));
    return <Section profile={profile} skills={skills} update={update} />;
  }
  const view = mount(<Harness />);
  cleanup = view.unmount;
  return view.host;
}

const button = (host: HTMLElement, name: string) =>
  [...host.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
const type = (host: HTMLElement, label: string, value: string) =>
  act(() => {
    const input = [...host.querySelectorAll('label')].find((l) => l.textContent === label)!.control as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const submit = (host: HTMLElement) => act(() => host.querySelector('form')!.requestSubmit());

describe('changing a registration in place', () => {
  const profile: Profile = {
    ...emptyProfile(),
    registrations: [{ id: 'reg-1', body: 'NMC', number: '12A3456E', skillId: 'reg-nmc-nurse' }],
  };

  it('fills the form with the entry, saves it under the same id, and goes back to adding', () => {
    const host = withProfile(profile, RegistrationsSection);
    act(() => button(host, 'Edit registration NMC').click());
    expect(host.querySelector('form')!.getAttribute('aria-label')).toBe('Change a registration');
    expect((document.activeElement as HTMLInputElement).value).toBe('NMC');
    type(host, 'PIN or number', '99Z9999Z');
    type(host, 'Expires', '2027-03-31');
    submit(host);
    expect(saved.registrations).toEqual([
      { id: 'reg-1', body: 'NMC', number: '99Z9999Z', expires: '2027-03-31', skillId: 'reg-nmc-nurse' },
    ]);
    expect(text(host.querySelector('.entries'))).toContain('PIN 99Z9999Z');
    expect(host.querySelector('form')!.getAttribute('aria-label')).toBe('Add a registration');
    expect(button(host, 'Cancel')).toBeUndefined();
  });

  it('leaves the entry as it was on Cancel, and adds a new one afterwards', () => {
    const host = withProfile(profile, RegistrationsSection);
    act(() => button(host, 'Edit registration NMC').click());
    type(host, 'PIN or number', 'typo');
    act(() => button(host, 'Cancel').click());
    expect(saved.registrations).toEqual(profile.registrations);
    type(host, 'Registered with', 'HCPC');
    submit(host);
    expect(saved.registrations.map((r) => r.body)).toEqual(['NMC', 'HCPC']);
  });

  it('stops editing an entry that is deleted meanwhile, so saving cannot bring it back', () => {
    const host = withProfile(profile, RegistrationsSection);
    act(() => button(host, 'Edit registration NMC').click());
    act(() => button(host, 'Delete registration NMC').click());
    expect(host.querySelector('form')!.getAttribute('aria-label')).toBe('Add a registration');
    submit(host);
    expect(saved.registrations).toEqual([]);
  });
});

describe('changing a qualification in place', () => {
  it('keeps its id and what was not changed, and still checks the year', () => {
    const profile: Profile = {
      ...emptyProfile(),
      qualifications: [{ id: 'qual-1', title: 'BSc Adult Nursing', institution: 'Keele', year: 2015, status: 'held' }],
    };
    const host = withProfile(profile, QualificationsSection);
    act(() => button(host, 'Edit qualification BSc Adult Nursing').click());
    type(host, 'Year', '1815');
    submit(host);
    expect(text(host.querySelector('[role="alert"]'))).toBe('The year should be a year, such as 2019.');
    type(host, 'Year', '2016');
    type(host, 'Qualification', 'BSc (Hons) Adult Nursing');
    submit(host);
    expect(saved.qualifications).toEqual([
      { id: 'qual-1', title: 'BSc (Hons) Adult Nursing', institution: 'Keele', year: 2016, status: 'held' },
    ]);
  });
});
