import type { DomLine } from '../../dom/element-lines';
import { readBudget, type ReadBudget } from '../../dom/read-budget';
import { finish, type Steps } from '../../dom/steps';
import { findDocumentLinks } from '../documents/find-document-links';
import { isFreeText, type SiteAdapter, type TextSpan } from '../extraction';
import type { LineData, PageLines } from './page-lines';

/** What stays on the page for one step: the elements a site reader read its criteria from, or where to find them. */
export type StepPlace = {
  anchors?: Map<string, Element[]>;
  spans?: Map<string, TextSpan>;
  locateIn?: Element | null;
};

/** A page's lines (plain data, for the reader wherever it runs) and what places them on the page. */
export type CollectedPage = {
  lines: PageLines;
  /** The elements the lines' `element` indices name. */
  elements: Element[];
  /** One per step of `lines`. */
  places: StepPlace[];
};

/**
 * The first half of reading a page: every site reader that recognises it, from the most to the least
 * specific, until one finds criteria by its own markup; free-text readers leave their lines, as plain
 * data, to be read by interpretLines. Reads no more than the budget allows; never throws on an odd page.
 */
export const collectLines = (
  doc: Document,
  url: URL,
  adapters: readonly SiteAdapter[],
  budget: ReadBudget = readBudget(),
): CollectedPage => finish(collectLinesSteps(doc, url, adapters, budget));

/** collectLines a step at a time (core/dom/steps). */
export function* collectLinesSteps(
  doc: Document,
  url: URL,
  adapters: readonly SiteAdapter[],
  budget: ReadBudget = readBudget(),
): Steps<CollectedPage> {
  const elements: Element[] = [];
  const indices = new Map<Element, number>();
  const intern = (element: Element) => {
    let n = indices.get(element);
    if (n === undefined) indices.set(element, (n = elements.push(element) - 1));
    return n;
  };
  const toData = (lines: readonly DomLine[]): LineData[] =>
    lines.map(({ text, heading, listItem, element, start, cells, table }) => ({
      text,
      heading,
      listItem,
      element: intern(element),
      start,
      ...(cells ? { cells: cells.map(toData) } : {}),
      ...(table !== undefined ? { table } : {}),
    }));

  const lines: PageLines = { steps: [], documents: [] };
  const places: StepPlace[] = [];
  for (const adapter of adapters) {
    if (!adapter.detect(doc, url)) continue;
    const found = yield* adapter.extract(doc, url, budget);
    if (isFreeText(found)) {
      const { lines: domLines, locateIn, ...step } = found;
      lines.steps.push({ ...step, lines: toData(domLines), cut: budget.cut });
      places.push(locateIn !== undefined ? { locateIn } : {});
      continue;
    }
    const { spec, anchors, spans, unread, layouts } = found;
    lines.steps.push({
      kind: 'read',
      spec,
      ...(unread ? { unread } : {}),
      ...(layouts ? { layouts: [...layouts] } : {}),
      cut: budget.cut,
    });
    places.push({ anchors, ...(spans ? { spans } : {}) });
    if (spec.pageKind === 'search-results' || spec.criteria.length > 0) break;
  }
  if (lines.steps.some((step) => step.spec.pageKind === 'advert' || step.kind === 'text')) {
    yield;
    lines.documents = findDocumentLinks(doc, url);
  }
  return { lines, elements, places };
}
