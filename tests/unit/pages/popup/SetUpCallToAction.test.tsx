import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SetUpCallToAction } from '../../../../src/pages/popup/SetUpCallToAction';
import { mount, text } from '../../support/render';

let cleanup = () => {};
beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('the popup with an empty profile', () => {
  it('says to set up first, and why the advert shows nothing met', () => {
    const view = mount(<SetUpCallToAction criteria={8} />);
    cleanup = view.unmount;
    expect(text(view.host.querySelector('h2'))).toBe('Set up your profile to see what you meet');
    expect(text(view.host)).toContain(
      'This advert lists 8 criteria. Your profile is empty, so none of them counts as met yet.',
    );
  });

  it('opens the set-up in a tab', async () => {
    const view = mount(<SetUpCallToAction criteria={null} />);
    cleanup = view.unmount;
    act(() => view.host.querySelector('button')!.click());
    await new Promise((resolve) => setTimeout(resolve, 0));
    const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url);
    expect(urls).toContain(fakeBrowser.runtime.getURL('/setup.html'));
  });
});
