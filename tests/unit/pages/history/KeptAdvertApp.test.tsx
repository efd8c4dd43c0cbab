import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeSnapshot } from '../../../../src/core/history/advert-snapshot';
import { historyKey } from '../../../../src/core/history/history-entry';
import { emptyProfile } from '../../../../src/core/model/profile';
import { KeptAdvertApp } from '../../../../src/pages/history/KeptAdvertApp';
import { snapshotKey } from '../../../../src/storage/snapshot-store';
import { answerLikeTheBackground } from '../../support/background-replies';
import { mount, text } from '../../support/render';
import { specOf } from '../../support/spec-of';

const URL_ = 'https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001';
const spec = specOf(['Experience of clinical audit', 'Sound understanding of risk management'], {
  url: URL_,
  title: 'Ward Sister',
  closingDate: '2026-01-10',
});

let cleanup = () => {};
beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('an advert opened from its kept copy', () => {
  it('shows the full report, compared with the profile as it is now, and the kept job description', async () => {
    answerLikeTheBackground();
    await fakeBrowser.storage.local.set({
      profile: { ...emptyProfile(), skills: [{ skillId: 'gov-clinical-audit', status: 'held' }] },
      [historyKey(URL_)]: { kept: 'an entry' },
      [snapshotKey(URL_)]: makeSnapshot(spec, 'Job summary\nLead our ward.', new Date('2026-01-02T10:00:00Z')),
    });
    const { host, unmount } = mount(<KeptAdvertApp historyKey={historyKey(URL_)} />);
    cleanup = unmount;
    await vi.waitFor(() => expect(host.querySelector('h1')?.textContent).toBe('Ward Sister'), { timeout: 3_000 });
    expect(text(host.querySelector('[data-testid="kept-banner"]'))).toMatch(
      /^The advert as it was kept in this browser on 2 January 2026\. It may have closed since/,
    );
    // The criteria folded in their categories come into the page once the report's first paint is done.
    await vi.waitFor(() =>
      expect([...host.querySelectorAll('li.criterion')].map((li) => li.getAttribute('data-status'))).toEqual(
        expect.arrayContaining(['not-evidenced', 'missing']),
      ),
    );
    expect(host.querySelector('[data-testid="kept-description"]')?.textContent).toBe('Job summary\nLead our ward.');

    const remove = [...host.querySelectorAll('button')].find((b) => text(b) === 'Remove from the history')!;
    await act(async () => remove.click());
    await vi.waitFor(() => expect(host.querySelector('[data-testid="kept-removed"]')).not.toBeNull());
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      profile: expect.anything(),
    });
  });

  it('says so when no copy is kept', async () => {
    answerLikeTheBackground();
    const { host, unmount } = mount(<KeptAdvertApp historyKey="history:nothing" />);
    cleanup = unmount;
    await vi.waitFor(() => expect(host.querySelector('[data-testid="kept-missing"]')).not.toBeNull());
  });
});
