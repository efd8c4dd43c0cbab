import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { outlineText, buildOutline } from '../../../../src/core/statement/outline';
import { OutlineView } from '../../../../src/pages/statement/OutlineView';
import { makeReport, testMatcher } from '../../support/make-report';
import { mount, text } from '../../support/render';

let cleanup = () => {};
afterEach(() => cleanup());

const note = { id: 'n', situation: 'Falls rose.', action: 'I audited.', result: 'Falls fell.' };
const report = makeReport(
  [
    { level: 'essential', text: 'Clinical audit' },
    { level: 'essential', text: 'Risk management' },
  ],
  { skills: [{ skillId: 'gov-audit', status: 'held', evidence: [note] }] },
);

describe('the outline view', () => {
  it('shows words against the limit and says when the notes run over', () => {
    const { host, unmount } = mount(<OutlineView report={report} skills={testMatcher.skills} wordLimit={100} />);
    cleanup = unmount;
    expect(text(host.querySelector('[data-testid="word-count"]'))).toBe('6 of 100 words in your notes');
    cleanup();
    const over = mount(<OutlineView report={report} skills={testMatcher.skills} wordLimit={5} />);
    cleanup = over.unmount;
    expect(text(over.host.querySelector('[data-testid="word-count"]'))).toBe(
      '6 of 5 words in your notes · 1 over the limit',
    );
    expect([...over.host.querySelectorAll('.gap')].map(text)).toEqual(['! Gap: not in your profile (Risk management)']);
  });

  it('copies the plain-text outline, and shows the text to copy by hand when the browser refuses', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { host, unmount } = mount(<OutlineView report={report} skills={testMatcher.skills} wordLimit={1500} />);
    cleanup = unmount;
    const copy = [...host.querySelectorAll('button')].find((b) => text(b) === 'Copy outline')!;
    await act(async () => copy.click());
    expect(writeText).toHaveBeenCalledWith(outlineText(buildOutline(report, testMatcher.skills, 1500)));
    await vi.waitFor(() =>
      expect(text(host.querySelector('[data-testid="copy-status"]'))).toBe('Copied to the clipboard as plain text.'),
    );

    writeText.mockRejectedValueOnce(new Error('denied'));
    await act(async () => copy.click());
    await vi.waitFor(() =>
      expect(text(host.querySelector('[data-testid="copy-status"]'))).toMatch(/did not allow copying/),
    );
    expect(host.querySelector<HTMLTextAreaElement>('textarea.copy-fallback')?.value).toBe(
      outlineText(buildOutline(report, testMatcher.skills, 1500)),
    );
  });
});
