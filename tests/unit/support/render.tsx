import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Renders into a fresh element of the live document; returns it and a clean-up. */
export function mount(node: ComponentChild) {
  const host = document.body.appendChild(document.createElement('div'));
  act(() => render(node, host));
  return {
    host,
    rerender: (next: ComponentChild) => act(() => render(next, host)),
    unmount: () => {
      act(() => render(null, host));
      host.remove();
    },
  };
}

export const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
