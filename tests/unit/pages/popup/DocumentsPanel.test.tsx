import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { DocumentLink } from '../../../../src/core/model/person-spec';
import { DocumentsPanel } from '../../../../src/pages/popup/DocumentsPanel';
import { readAttachedDocument } from '../../../../src/pages/popup/read-document';
import { mount, text } from '../../support/render';

vi.mock('../../../../src/pages/popup/read-document', () => ({ readAttachedDocument: vi.fn() }));

const JD = { name: 'Job description', url: 'https://www.jobs.nhs.uk/jd.pdf' };
let cleanup = () => undefined as void;
afterEach(() => cleanup());

function panel(documents: DocumentLink[] = [JD], onRead = vi.fn()) {
  const view = mount(<DocumentsPanel tabId={7} documents={documents} onRead={onRead} />);
  cleanup = view.unmount;
  return view.host;
}

describe('the attached documents in the popup', () => {
  it('says when a document was read on an earlier visit, and offers to read it again', () => {
    const host = panel([
      { ...JD, criteriaRead: 8 },
      { name: 'Other', url: 'https://www.jobs.nhs.uk/other.pdf' },
    ]);
    const items = host.querySelectorAll('li');
    expect(text(items[0]!)).toBe(
      'Job description Read again from Job descriptionRead on an earlier visit: 8 criteria, kept in this browser.',
    );
    expect(text(items[1]!)).toBe('Other Read criteria from Other');
  });

  it('says when the criteria read could not be kept for the next visit', async () => {
    vi.mocked(readAttachedDocument).mockResolvedValue({ found: 8, added: 3, total: 9, kept: false });
    const onRead = vi.fn();
    const host = panel([JD], onRead);
    await act(async () => host.querySelector('button')!.click());
    // The readers load on the first click: the answer comes a few tasks later.
    await vi.waitFor(() => expect(onRead).toHaveBeenCalledOnce());
    await act(async () => undefined);
    expect(text(host.querySelector('[role="status"]'))).toBe(
      '8 criteria found, 3 added to the report. They could not be kept for your next visit (this browser’s storage is full or unavailable).',
    );
  });
});
