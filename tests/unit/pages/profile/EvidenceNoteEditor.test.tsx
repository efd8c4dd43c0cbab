import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EvidenceNoteEditor } from '../../../../src/pages/profile/EvidenceNoteEditor';
import { answerLikeTheBackground } from '../../support/background-replies';
import { mount, text } from '../../support/render';

let cleanup = () => {};
beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

const type = (host: HTMLElement, label: string, value: string) =>
  act(() => {
    const box = [...host.querySelectorAll('label')].find((l) => l.textContent === label)!
      .control as HTMLTextAreaElement;
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
const hints = (host: HTMLElement) =>
  Object.fromEntries(
    [...host.querySelectorAll('[data-hint]')].map((li) => [
      li.getAttribute('data-hint'),
      li.getAttribute('data-found'),
    ]),
  );

describe('hints beside an example while it is written', () => {
  it('say what a shortlister would find, as ticks and suggestions, once typing pauses', async () => {
    answerLikeTheBackground();
    const empty = { situation: '', action: '', result: '' };
    const { host, unmount } = mount(
      <EvidenceNoteEditor index={0} skillLabel="Clinical audit" stored={empty} onSave={() => {}} onRemove={() => {}} />,
    );
    cleanup = unmount;
    expect(host.querySelector('[data-testid="note-hints"]')).toBeNull();

    await type(host, 'Situation', 'Falls on our 28-bed medical ward had risen over the winter, above average.');
    await type(host, 'Action', 'We audited every fall and set up a night-time toileting round for patients.');
    await vi.waitFor(() => expect(hints(host).situation).toBe('true'), { timeout: 3_000 });
    expect(hints(host)).toMatchObject({
      situation: 'true',
      action: 'true',
      result: 'false',
      'first-person': 'false',
      measurable: 'false',
      length: 'false',
    });
    expect(text(host.querySelector('[data-hint="first-person"]'))).toBe(
      'Suggestion: Say “I”, not only “we”: shortlisters score what you did yourself.',
    );

    await type(
      host,
      'Action',
      'I audited every fall with compassion and set up a night-time toileting round for patients.',
    );
    await type(host, 'Result', 'Falls fell from twelve a month to four within six months.');
    await vi.waitFor(() => expect(hints(host).result).toBe('true'), { timeout: 3_000 });
    expect(hints(host)).toMatchObject({ 'first-person': 'true', measurable: 'true', values: 'true' });
    expect(text(host.querySelector('[data-hint="values"]'))).toBe('Done: Shows the NHS values: Compassion and care.');
    // Hints, not errors: nothing is marked invalid.
    expect(host.querySelector('[aria-invalid="true"]')).toBeNull();
  });
});
