import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaveStatusBar } from '../../../../src/pages/components/SaveStatusBar';
import { mount, text } from '../../support/render';

let cleanup = () => {};
afterEach(() => cleanup());

describe('the save status', () => {
  it('says all is saved, or that changes are being saved', () => {
    const saved = mount(
      <SaveStatusBar
        save={{ pending: 0, saving: false, failure: null, refused: null }}
        onRetry={vi.fn()}
        onDismiss={vi.fn()}
      />,
    );
    expect(text(saved.host.querySelector('[role="status"]'))).toBe('All changes saved in this browser');
    saved.rerender(
      <SaveStatusBar
        save={{ pending: 2, saving: true, failure: null, refused: null }}
        onRetry={vi.fn()}
        onDismiss={vi.fn()}
      />,
    );
    expect(text(saved.host.querySelector('[role="status"]'))).toBe('Saving…');
    cleanup = saved.unmount;
  });

  it('reports a failed write as an alert with its reason, the next attempt and a way to retry now', () => {
    const onRetry = vi.fn();
    const failure = { message: 'The storage is full.', attempts: 2, retryAt: Date.now() + 4_200 };
    const view = mount(
      <SaveStatusBar
        save={{ pending: 3, saving: false, failure, refused: null }}
        onRetry={onRetry}
        onDismiss={vi.fn()}
      />,
    );
    cleanup = view.unmount;
    const alert = view.host.querySelector('[role="alert"]')!;
    const [reason, next] = [...alert.querySelectorAll('p')].map(text);
    expect(reason).toBe('3 changes are not saved yet. The storage is full.');
    expect(next).toMatch(
      /^Trying again in [45] s \(attempt 3\)\. Your changes stay on this page until they are saved\./,
    );
    alert.querySelector('button')!.click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('reports a refused change until dismissed', () => {
    const onDismiss = vi.fn();
    const view = mount(
      <SaveStatusBar
        save={{ pending: 0, saving: false, failure: null, refused: 'Not saved: band: too long' }}
        onRetry={vi.fn()}
        onDismiss={onDismiss}
      />,
    );
    cleanup = view.unmount;
    expect(text(view.host.querySelector('[role="alert"] p'))).toBe('Not saved: band: too long');
    view.host.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    expect(onDismiss).toHaveBeenCalled();
  });
});
