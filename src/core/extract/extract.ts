import { readBudget, type ReadBudget } from '../dom/read-budget';
import type { Extraction, SiteAdapter } from './extraction';
import { collectLines } from './lines/collect-lines';
import { interpretLines } from './lines/interpret-lines';
import { placeLines } from './lines/place-lines';
import { ADAPTERS } from './sites/adapters';

/**
 * Document + URL → person specification, reading no more than the budget allows: the page's lines
 * collected, read, and placed on the page again (the advert tab collects and places; the background
 * reads, see core/pipeline). Never throws on an odd page: it finds nothing instead.
 */
export function extractPersonSpec(
  doc: Document,
  url: URL,
  budget: ReadBudget = readBudget(),
  adapters: readonly SiteAdapter[] = ADAPTERS,
): Extraction {
  const collected = collectLines(doc, url, adapters, budget);
  const read = interpretLines(collected.lines);
  const placed = placeLines(collected, { ...read, anchors: [...read.anchors], spans: [...(read.spans ?? [])] });
  return {
    spec: read.spec,
    ...placed,
    ...(read.unread ? { unread: read.unread } : {}),
    ...(read.layouts ? { layouts: read.layouts } : {}),
  };
}
