import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Tabs } from '../../../../src/pages/components/Tabs';
import { mount, text } from '../../support/render';

function Views() {
  const [selected, setSelected] = useState<'a' | 'b' | 'c'>('a');
  return (
    <Tabs
      label="Views"
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { key: 'a', label: 'First', panel: () => <p>one</p> },
        { key: 'b', label: 'Second', panel: () => <p>two</p> },
        { key: 'c', label: 'Third', panel: () => <p>three</p> },
      ]}
    />
  );
}

let cleanup = () => {};
afterEach(() => cleanup());
const press = (el: Element, key: string) =>
  act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));

describe('tabs', () => {
  it('follow the WAI-ARIA tabs pattern: one tab in the tab order, arrows, Home and End', () => {
    const { host, unmount } = mount(<Views />);
    cleanup = unmount;
    const tabs = () => [...host.querySelectorAll('[role="tab"]')];
    const panel = () => host.querySelector('[role="tabpanel"]')!;
    expect(host.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Views');
    expect(tabs().map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    expect(panel().getAttribute('aria-labelledby')).toBe(tabs()[0]!.id);

    press(tabs()[0]!, 'ArrowRight');
    expect(tabs()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabs()[1]);
    expect(text(panel())).toBe('two');
    press(tabs()[1]!, 'End');
    expect(text(panel())).toBe('three');
    press(tabs()[2]!, 'ArrowRight');
    expect(text(panel())).toBe('one');
    press(tabs()[0]!, 'ArrowLeft');
    expect(text(panel())).toBe('three');
    press(tabs()[2]!, 'Home');
    expect(tabs().map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
  });
});
