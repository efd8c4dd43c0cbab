import { describe, expect, it, vi } from 'vitest';
import { createAdvertPage } from '../../../src/content/advert-page';
import { emptyProfile } from '../../../src/core/model/profile';
import { defaultMatcher } from '../../../src/core/taxonomy/default-matcher';
import { buildAdvert } from '../../fixtures/nhs-jobs/build-advert';
import { parseHtml } from '../support/parse-html';

const URL_ = new URL('https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001');
const html = buildAdvert({
  categories: [{ label: 'Skills', essential: ['Clinical audit experience'], desirable: [] }],
});
const auditNote = { id: 'note-1', situation: 'Ward falls audit', action: 'Led it', result: 'Falls fell' };
const withAudit = {
  state: 'ok' as const,
  profile: {
    ...emptyProfile(),
    skills: [{ skillId: 'gov-clinical-audit', status: 'held' as const, evidence: [auditNote] }],
  },
};

describe('createAdvertPage', () => {
  it('derives the report from the analysis and the profile, and republishes when the profile changes', () => {
    const page = createAdvertPage(parseHtml(html), URL_, defaultMatcher(), { state: 'ok', profile: emptyProfile() });
    expect(page.state.report?.blockers).toHaveLength(1);
    const listener = vi.fn();
    page.subscribe(listener);
    page.setProfile(withAudit);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(page.state.report?.counts.essential.met).toBe(1);
  });

  it('has no report on a page without criteria, and finds criteria added later on a rescan', () => {
    const doc = parseHtml('<main id="maincontent"><h1 id="heading">Nurse</h1></main>');
    const page = createAdvertPage(doc, URL_, defaultMatcher(), withAudit);
    expect(page.state.report).toBeNull();
    doc
      .querySelector('main')!
      .insertAdjacentHTML('beforeend', '<ul><li id="essential_skill_1_criteria_1">Clinical audit</li></ul>');
    page.rescan();
    expect(page.state.report?.counts.essential).toMatchObject({ total: 1, met: 1 });
  });

  it('ignores an unreadable profile rather than failing, comparing with an empty one', () => {
    const page = createAdvertPage(parseHtml(html), URL_, defaultMatcher(), { state: 'invalid', error: 'x', raw: 1 });
    expect(page.state.report?.counts.essential.met).toBe(0);
  });

  it('adds a document’s criteria to the page as last read, without reading the page again', () => {
    const doc = parseHtml(html);
    const page = createAdvertPage(doc, URL_, defaultMatcher(), withAudit);
    doc
      .querySelector('ul')!
      .insertAdjacentHTML('beforeend', '<li id="essential_skill_1_criteria_9">Risk management</li>');
    page.addDocumentCriteria('https://www.jobs.nhs.uk/jd.pdf', [
      {
        id: 'doc-1',
        category: 'Skills',
        level: 'essential',
        text: 'Line management',
        source: { kind: 'document', name: 'JD' },
      },
    ]);
    const texts = () => page.state.analysis.analysed.criteria.map((c) => c.text);
    expect(texts()).toEqual(['Clinical audit experience', 'Line management']);
    expect(page.rescan()).toBe(true);
    expect(texts()).toEqual(['Clinical audit experience', 'Risk management', 'Line management']);
  });
});
