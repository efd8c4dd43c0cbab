import { readBudget, type ReadBudget } from '../../dom/read-budget';
import { already } from '../../dom/steps';
import { extractPersonSpec } from '../extract';
import type { Extraction } from '../extraction';
import { postingLines } from './json-ld';
import type { JobPosting } from './job-posting';

/**
 * A JobPosting record → person specification, read from its description as free text (through the
 * same stages as a page). With a page, criteria the page also shows are anchored there so they can
 * be highlighted.
 */
export function extractPosting(
  doc: Document,
  posting: JobPosting,
  url: URL,
  page: Element | null,
  budget: ReadBudget = readBudget(),
): Extraction {
  const { spec, ...rest } = extractPersonSpec(doc, url, budget, [
    { site: 'json-ld', detect: () => true, extract: () => already(postingLines(doc, posting, url, page, budget)) },
  ]);
  // A record alone links to no documents (a page's links are the page's).
  return { spec: { ...spec, documents: [] }, ...rest };
}
