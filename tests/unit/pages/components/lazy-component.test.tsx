import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyComponent } from '../../../../src/pages/components/lazy-component';
import { mount, text } from '../../support/render';

let cleanup = () => {};
afterEach(() => cleanup());

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;

/** Every promise settled so far has run its callbacks, and the renders they asked for are done. */
const settled = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

/** A load that settles when the test says so. */
function deferredLoad<T>() {
  let settle!: { resolve: (value: T) => void; reject: (error: unknown) => void };
  const promise = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  return { load: vi.fn(() => promise), ...settle };
}

describe('lazyComponent', () => {
  it('says it is loading, then renders the component with its props once its code has come', async () => {
    const code = deferredLoad<typeof Greeting>();
    const LazyGreeting = lazyComponent(code.load);
    const view = mount(<LazyGreeting name="Sam" />);
    cleanup = view.unmount;
    expect(text(view.host)).toBe('Loading…');
    code.resolve(Greeting);
    await settled();
    expect(text(view.host)).toBe('Hello Sam');
  });

  it('loads its code once, however often it is preloaded or rendered', async () => {
    const code = deferredLoad<typeof Greeting>();
    const LazyGreeting = lazyComponent(code.load);
    void LazyGreeting.preload();
    const view = mount(<LazyGreeting name="Ali" />);
    cleanup = view.unmount;
    code.resolve(Greeting);
    await settled();
    view.rerender(<LazyGreeting name="Jo" />);
    expect(text(view.host)).toBe('Hello Jo');
    expect(code.load).toHaveBeenCalledTimes(1);
  });

  it('says when its code could not be loaded, and tries again when next wanted', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('gone'))
      .mockResolvedValueOnce(Greeting);
    const LazyGreeting = lazyComponent(load);
    const first = mount(<LazyGreeting name="Kim" />);
    await settled();
    expect(first.host.querySelector('[role="alert"]')).not.toBeNull();
    first.unmount();
    const second = mount(<LazyGreeting name="Kim" />);
    cleanup = second.unmount;
    await settled();
    expect(text(second.host)).toBe('Hello Kim');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
