import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildOutline } from '../../../../src/core/statement/outline';
import { outlineText, sectionText } from '../../../../src/core/statement/outline-text';
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

  it('plans each criterion: its budget, the running total, a note used above flagged, and a copy of its own', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const twice = makeReport(
      [
        { level: 'essential', text: 'Clinical audit' },
        { level: 'desirable', text: 'Clinical audit and risk management' },
      ],
      { skills: [{ skillId: 'gov-audit', status: 'held', evidence: [note] }] },
    );
    const { host, unmount } = mount(<OutlineView report={twice} skills={testMatcher.skills} wordLimit={300} />);
    cleanup = unmount;
    const sections = [...host.querySelectorAll('[data-testid="outline-section"]')];
    expect(sections.map((s) => text(s.querySelector('h3')))).toEqual([
      '✓ Met Clinical audit',
      '◐ Partly met Clinical audit and risk management',
    ]);
    expect(sections.map((s) => text(s.querySelector('[data-testid="word-budget"]')))).toEqual([
      'Budget: about 200 words · your notes here: 6 · running total 6 of 300',
      'Budget: about 100 words · your notes here: 0 · running total 6 of 300',
    ]);
    expect(text(sections[1]!.querySelector('[data-testid="covered-above"]'))).toMatch(
      /^↑ Covered above: your Clinical audit example is already under 1\./,
    );
    const copy = sections[1]!.querySelector<HTMLButtonElement>('button.copy-section')!;
    expect(text(copy)).toBe('Copy criterion 2');
    await act(async () => copy.click());
    const plan = buildOutline(twice, testMatcher.skills, 300);
    expect(writeText).toHaveBeenCalledWith(sectionText(plan.sections[1]!, 300));
    await vi.waitFor(() =>
      expect(text(host.querySelector('[data-testid="copy-status"]'))).toBe(
        'Criterion 2 copied to the clipboard as plain text.',
      ),
    );
  });
});
