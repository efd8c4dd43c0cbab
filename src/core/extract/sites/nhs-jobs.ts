import { textOf } from '../../dom/element-text';
import type { ReadBudget } from '../../dom/read-budget';
import type { Steps } from '../../dom/steps';
import type { Criterion, Level } from '../../model/criterion';
import { canonicalUrl } from '../canonical-url';
import type { Extraction, SiteAdapter, TextSpan } from '../extraction';
import { readItem } from '../free-text/read-item';
import { pageKindOf } from '../page-kind';
import { readNhsJobsDetails } from './nhs-jobs-details';

const CRITERION_SELECTOR = 'li[id^="essential_skill_"], li[id^="desirable_skill_"]';
const CRITERION_ID = /^(essential|desirable)_skill_(\d+)_criteria_(\d+)$/;
/** Criterion items read between two steps: a page of thousands is read over several tasks in a tab. */
const ITEMS_PER_STEP = 25;

/**
 * NHS Jobs (www/beta.jobs.nhs.uk): criteria are `li#essential_skill_N_criteria_M`, joined to
 * `h3#skill_category_N` by N. The block is rendered twice (desktop and mobile) with the same ids:
 * each criterion is read once and both copies are kept as anchors. Heading text is never read, so
 * Welsh pages and copies without h4s work alike.
 */
export const nhsJobs: SiteAdapter = {
  site: 'nhs-jobs',
  detect: (doc, url) =>
    /(^|\.)jobs\.nhs\.uk$/.test(url.hostname) ||
    url.pathname.includes('/candidate/jobadvert/') ||
    doc.querySelector(`${CRITERION_SELECTOR}, h1#heading + p#closing_date, #payscheme-band`) !== null,
  *extract(doc, url, budget): Steps<Extraction> {
    const anchors = new Map<string, Element[]>();
    const spans = new Map<string, TextSpan>();
    const criteria: Criterion[] = [];
    const categories = new Map<string, string | null>();
    let headings: Map<string, Element[]> | undefined;
    const unread = new Set<string>();

    let items = 0;
    for (const element of doc.querySelectorAll(CRITERION_SELECTOR)) {
      if (++items % ITEMS_PER_STEP === 0) yield;
      const parts = CRITERION_ID.exec(element.id);
      if (!parts) continue;
      const seen = anchors.get(element.id);
      if (seen) {
        seen.push(element);
        continue;
      }
      if (criteria.length >= budget.criteria) {
        unread.add(element.id);
        continue;
      }
      const text = textOf(element, budget);
      if (!text) continue;
      // "… Evidence: Application form / Interview" names how it is assessed; the level is the id's.
      const item = readItem(text);
      if (item.end <= item.start) continue;
      anchors.set(element.id, [element]);
      spans.set(element.id, { start: item.start, end: item.end });
      const group = parts[2]!;
      if (!categories.has(group)) {
        // The page's first copy of the heading, found by its id; every copy only when that one is empty.
        const byId = doc.getElementById(`skill_category_${group}`);
        const label = byId ? textOf(byId, budget) : '';
        categories.set(group, label || categoryLabel((headings ??= categoryHeadings(doc)).get(group) ?? [], budget));
      }
      criteria.push({
        id: element.id,
        category: categories.get(group) ?? null,
        level: parts[1] as Level,
        text: text.slice(item.start, item.end),
        ...(item.assessedBy.length > 0 ? { assessedBy: item.assessedBy } : {}),
        source: { kind: 'page' },
      });
    }

    const details = readNhsJobsDetails(doc, budget);
    const looksLikeAdvert = criteria.length > 0 || details.title !== null || url.pathname.includes('/jobadvert/');
    return {
      spec: {
        site: 'nhs-jobs',
        pageKind: pageKindOf(doc, looksLikeAdvert),
        url: canonicalUrl(url),
        ...details,
        criteria,
        documents: [],
      },
      anchors,
      spans,
      ...(unread.size > 0 ? { unread: unread.size } : {}),
      layouts: criteria.length > 0 ? ['nhs-jobs'] : [],
    };
  },
};

/**
 * The category headings by N, in page order: one query, not one per category (a long page has hundreds). It visits
 * every element of the page (an attribute's prefix): a few milliseconds on a long page, so only when needed.
 */
function categoryHeadings(doc: Document): Map<string, Element[]> {
  const byGroup = new Map<string, Element[]>();
  for (const heading of doc.querySelectorAll('[id^="skill_category_"]')) {
    const group = heading.id.slice('skill_category_'.length);
    const list = byGroup.get(group);
    if (list) list.push(heading);
    else byGroup.set(group, [heading]);
  }
  return byGroup;
}

/** The first non-empty heading with the category's id, from whichever copy has one. */
function categoryLabel(headings: readonly Element[], budget: ReadBudget): string | null {
  for (const heading of headings) {
    const label = textOf(heading, budget);
    if (label) return label;
  }
  return null;
}
