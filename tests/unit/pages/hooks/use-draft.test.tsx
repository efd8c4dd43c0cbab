import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { useDraft, type Draft } from '../../../../src/pages/hooks/use-draft';
import { mount } from '../../support/render';

let draft: Draft<string>;
function Field({ stored, save }: { stored: string; save: (v: string) => void }) {
  draft = useDraft(stored, save);
  return null;
}

let cleanup = () => {};
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('a draft of a stored value', () => {
  it('saves after a pause in typing, and at once on commit, only when changed', () => {
    const save = vi.fn();
    const view = mount(<Field stored="a" save={save} />);
    cleanup = view.unmount;
    act(() => draft.set('ab'));
    expect(save).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(1000));
    expect(save).toHaveBeenCalledWith('ab');
    act(() => draft.commit());
    expect(save).toHaveBeenCalledTimes(1);
    act(() => draft.set('abc'));
    act(() => draft.commit());
    expect(save).toHaveBeenLastCalledWith('abc');
  });

  it('takes another page’s change while nothing is being typed here', () => {
    const view = mount(<Field stored="a" save={vi.fn()} />);
    cleanup = view.unmount;
    view.rerender(<Field stored="theirs" save={vi.fn()} />);
    expect(draft.value).toBe('theirs');
    expect(draft.conflict).toBeNull();
  });

  it('asks when both changed, writes nothing meanwhile, and keeps whichever the user picks', () => {
    const save = vi.fn();
    const view = mount(<Field stored="a" save={save} />);
    cleanup = view.unmount;
    act(() => draft.set('mine'));
    view.rerender(<Field stored="theirs" save={save} />);
    expect(draft.conflict).toBe('theirs');
    expect(draft.value).toBe('mine');
    act(() => void vi.advanceTimersByTime(5000));
    act(() => draft.commit());
    expect(save).not.toHaveBeenCalled();
    act(() => draft.keepMine());
    expect(save).toHaveBeenCalledWith('mine');
    expect(draft.conflict).toBeNull();

    act(() => draft.set('mine again'));
    view.rerender(<Field stored="other" save={save} />);
    act(() => draft.takeTheirs());
    expect(draft.value).toBe('other');
    expect(draft.conflict).toBeNull();
  });

  it('saves what was typed when the field goes away', () => {
    const save = vi.fn();
    const view = mount(<Field stored="a" save={save} />);
    act(() => draft.set('typed'));
    view.unmount();
    expect(save).toHaveBeenCalledWith('typed');
  });

  it('does not take back its own older save when it comes back after a newer one was made', () => {
    const save = vi.fn();
    const view = mount(<Field stored="" save={save} />);
    cleanup = view.unmount;
    act(() => draft.set('We ran'));
    act(() => draft.commit());
    act(() => draft.set('We ran a falls audit'));
    act(() => draft.commit());
    expect(save.mock.calls).toEqual([['We ran'], ['We ran a falls audit']]);
    // The storage answers the first save only now, then the second.
    view.rerender(<Field stored="We ran" save={save} />);
    expect(draft.value).toBe('We ran a falls audit');
    expect(draft.conflict).toBeNull();
    act(() => draft.set('We ran a falls audit. Falls fell'));
    view.rerender(<Field stored="We ran a falls audit" save={save} />);
    expect(draft.value).toBe('We ran a falls audit. Falls fell');
    expect(draft.conflict).toBeNull();
    act(() => draft.commit());
    expect(save).toHaveBeenLastCalledWith('We ran a falls audit. Falls fell');
  });

  it('still takes another page’s change after its own saves have come back', () => {
    const save = vi.fn();
    const view = mount(<Field stored="a" save={save} />);
    cleanup = view.unmount;
    act(() => draft.set('mine'));
    act(() => draft.commit());
    view.rerender(<Field stored="mine" save={save} />);
    view.rerender(<Field stored="a" save={save} />);
    expect(draft.value).toBe('a');
    expect(draft.conflict).toBeNull();
  });

  it('keeps a newer save when the page redraws with the stored value it already had, as a new object', () => {
    type Note = { action: string };
    let note: Draft<Note> | undefined;
    function NoteField({ stored, save }: { stored: Note; save: (v: Note) => void }) {
      note = useDraft(stored, save);
      return null;
    }
    const save = vi.fn();
    const view = mount(<NoteField stored={{ action: 'We ran' }} save={save} />);
    cleanup = view.unmount;
    act(() => note?.set({ action: 'I led' }));
    act(() => note?.commit());
    // The card around it redraws before the storage has answered: same content, new object.
    view.rerender(<NoteField stored={{ action: 'We ran' }} save={save} />);
    expect(note?.value).toEqual({ action: 'I led' });
    view.rerender(<NoteField stored={{ action: 'I led' }} save={save} />);
    expect(note?.value).toEqual({ action: 'I led' });
    expect(note?.conflict).toBeNull();
  });
});
