import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupCriteria } from '../../../../src/core/present/group-criteria';
import { CategoryGroup } from '../../../../src/pages/report/CategoryGroup';
import { CriterionItem } from '../../../../src/pages/report/CriterionItem';
import { FoldedContent } from '../../../../src/pages/report/folded-content';
import { ReportView } from '../../../../src/pages/report/ReportView';
import { makeReport, testMatcher, type TestCriterion } from '../../support/make-report';
import { mount, text } from '../../support/render';

let cleanup = () => {};
afterEach(() => cleanup());

const CRITERIA: TestCriterion[] = [
  { level: 'essential', text: 'Clinical audit', category: 'Experience' },
  { level: 'desirable', text: 'Line management', category: 'Experience' },
];
const report = makeReport(CRITERIA, { skills: [{ skillId: 'gov-audit', status: 'held' }] });
const [experience] = groupCriteria(report.criteria);

function category(open: boolean, filled: boolean) {
  const view = mount(
    <FoldedContent.Provider value={filled}>
      <CategoryGroup
        group={experience!}
        blockerIds={new Set()}
        open={open}
        onToggle={() => {}}
        renderItem={(item) => <li class="criterion">{item.criterion.text}</li>}
      />
    </FoldedContent.Provider>,
  );
  cleanup = view.unmount;
  return view.host;
}

describe('folded content, left out of the report’s first paint', () => {
  it('a closed category shows its name and tally, and has its criteria only once the report fills them in', () => {
    const before = category(false, false);
    expect(text(before.querySelector('h3'))).toBe('Experience');
    expect(text(before.querySelector('[data-testid="category-tally"]'))).toBe('✎ 1 no example yet · ✗ 1 missing');
    expect(before.querySelectorAll('li.criterion')).toHaveLength(0);
    cleanup();
    expect([...category(false, true).querySelectorAll('li.criterion')].map(text)).toEqual([
      'Clinical audit',
      'Line management',
    ]);
  });

  it('an open category, or an open criterion, has its content at once', () => {
    expect(category(true, false).querySelectorAll('li.criterion')).toHaveLength(2);
    cleanup();
    const item = (open: boolean) => (
      <FoldedContent.Provider value={false}>
        <CriterionItem item={report.criteria[0]!} skills={testMatcher.skills} open={open} onToggle={() => {}} />
      </FoldedContent.Provider>
    );
    const closed = mount(item(false));
    expect(closed.host.querySelector('.criterion-body')).toBeNull();
    expect(text(closed.host.querySelector('summary'))).toMatch(/^Clinical audit/);
    closed.rerender(item(true));
    expect(text(closed.host.querySelector('.criterion-body'))).toContain('Clinical audit');
    closed.unmount();
  });

  it('the report’s first render holds the score and the tallies; the folded criteria follow after it', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    cleanup = () => {
      render(null, host);
      host.remove();
    };
    render(<ReportView report={report} skills={testMatcher.skills} wordLimit={500} />, host);
    expect(host.querySelector('[data-testid="essential-summary"]')).not.toBeNull();
    expect(host.querySelector('section.category [data-testid="category-tally"]')).not.toBeNull();
    expect(host.querySelectorAll('li.criterion')).toHaveLength(0);
    await vi.waitFor(() =>
      expect(host.querySelectorAll('section.category li.criterion .criterion-body')).toHaveLength(2),
    );
  });
});
