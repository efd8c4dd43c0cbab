import { afterEach, describe, expect, it } from 'vitest';
import { ReportSummary } from '../../../../src/pages/report/ReportSummary';
import { makeReport } from '../../support/make-report';
import { mount, text } from '../../support/render';

let cleanup = () => {};
afterEach(() => cleanup());

const note = { id: 'n', situation: 'S', action: 'A', result: 'R' };

describe('the score summary', () => {
  it('shows the essential tally with each part and a symbol for it, never a percentage', () => {
    const report = makeReport(
      [
        { level: 'essential', text: 'Clinical audit' },
        { level: 'essential', text: 'Line management' },
        { level: 'essential', text: 'Clinical audit and risk management' },
        { level: 'essential', text: 'Risk management' },
        { level: 'essential', text: 'Able to drive' },
        { level: 'desirable', text: 'Excel' },
      ],
      {
        skills: [
          { skillId: 'gov-audit', status: 'held', evidence: [note] },
          { skillId: 'lead-manage', status: 'held' },
        ],
      },
    );
    const { host, unmount } = mount(<ReportSummary report={report} />);
    cleanup = unmount;
    // One line: what is met, the blockers; the parts are folded under it.
    const details = host.querySelector('details.score')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(text(details.querySelector('summary'))).toBe('2 of 5 essential met · 1 blocker');
    expect(text(host.querySelector('[data-testid="essential-summary"]'))).toBe('2 of 5 essential met');
    const parts = [...host.querySelectorAll('.parts')][0]!;
    expect([...parts.querySelectorAll('li')].map(text)).toEqual([
      '✓ 1 with evidence',
      '✎ 1 needs an example',
      '◐ 1 partly met',
      '✗ 1 blocker',
      '– 1 to check yourself',
    ]);
    expect(text(host.querySelector('[data-testid="blocker-count"]'))).toBe('1 blocker');
    expect(text(host.querySelector('[data-testid="desirable-summary"]'))).toBe('Desirable criteria met: 0 of 1');
    expect(host.textContent).not.toContain('%');
    // The bar repeats the text for sighted users and is hidden from screen readers.
    expect(host.querySelector('.bar')?.getAttribute('aria-hidden')).toBe('true');
  });

  it("adds the shortlister's points to the line, and says what they are in the details", () => {
    const report = makeReport([{ level: 'essential', text: 'Clinical audit' }], {
      skills: [{ skillId: 'gov-audit', status: 'held', evidence: [note] }],
    });
    const shortlisting = {
      criteria: new Map([['c1', { score: 2 as const, why: 'An example with all three parts.' }]]),
      primary: 'essential' as const,
      points: { earned: 2, possible: 2 },
    };
    const { host, unmount } = mount(<ReportSummary report={report} shortlisting={shortlisting} />);
    cleanup = unmount;
    expect(text(host.querySelector('summary'))).toBe('1 of 1 essential met · No blockers · 2 of 2 points');
    expect(text(host.querySelector('[data-testid="shortlisting-points"]'))).toMatch(
      /^Shortlister’s view: 2 of 2 points on essential criteria \(0 to 2 a criterion/,
    );
  });

  it('says so when there is no blocker', () => {
    const report = makeReport([{ level: 'essential', text: 'Clinical audit' }], {
      skills: [{ skillId: 'gov-audit', status: 'held', evidence: [note] }],
    });
    const { host, unmount } = mount(<ReportSummary report={report} />);
    cleanup = unmount;
    expect(text(host.querySelector('[data-testid="blocker-count"]'))).toBe('No blockers');
    expect(host.querySelector('[data-testid="desirable-summary"]')).toBeNull();
  });

  it('says no essential criteria were found, and to read the advert, instead of "0 of 0 met"', () => {
    const report = makeReport([{ level: 'desirable', text: 'Clinical audit' }]);
    const { host, unmount } = mount(<ReportSummary report={report} />);
    cleanup = unmount;
    expect(text(host.querySelector('[data-testid="essential-summary"]'))).toBe('No essential criteria found');
    expect(text(host.querySelector('[data-testid="blocker-count"]'))).toContain('read the advert yourself');
    expect(host.textContent).not.toContain('0 of 0');
    expect(host.textContent).not.toContain('No blockers');
    expect(text(host.querySelector('[data-testid="desirable-summary"]'))).toBe('Desirable criteria met: 0 of 1');
  });
});
