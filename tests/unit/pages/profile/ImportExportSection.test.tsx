import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyProfile } from '../../../../src/core/model/profile';
import { ImportExportSection } from '../../../../src/pages/profile/ImportExportSection';
import { mount, text } from '../../support/render';

const MB = 1024 * 1024;
let cleanup = () => undefined as void;
beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

/** Chooses a file in the import field, and waits for the section to answer. */
async function choose(host: HTMLElement, file: File) {
  const input = host.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
  return text(host.querySelector('[data-testid="import-message"]'));
}

describe('importing a profile file', () => {
  it('refuses a file over 5 MB from its size, without reading it, and changes nothing', async () => {
    await fakeBrowser.storage.local.set({ profile: { ...emptyProfile(), skills: [{ skillId: 'kept' }] } });
    const view = mount(<ImportExportSection profile={emptyProfile()} pending={0} />);
    cleanup = view.unmount;
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 6 * MB });
    const read = vi.spyOn(file, 'text');
    expect(await choose(view.host, file)).toBe(
      '“huge.json” was not imported, and nothing was changed. The file is 6.0 MB: a profile file is at most 5 MB.',
    );
    expect(read).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get('profile')).profile).toMatchObject({ skills: [{ skillId: 'kept' }] });
  });

  it('reads and imports a file under the limit', async () => {
    const view = mount(<ImportExportSection profile={emptyProfile()} pending={0} />);
    cleanup = view.unmount;
    const profile = { ...emptyProfile(), skills: [{ skillId: 'gov-clinical-audit' }] };
    const message = await choose(view.host, new File([JSON.stringify(profile)], 'mine.json'));
    expect(message).toMatch(/^Imported “mine\.json”: 1 skills\./);
    expect((await fakeBrowser.storage.local.get('profile')).profile).toMatchObject({
      skills: [{ skillId: 'gov-clinical-audit' }],
    });
  });
});
