import { locateTexts } from '../../dom/locate-text';
import type { Extraction, TextSpan } from '../extraction';
import type { CollectedPage } from './collect-lines';
import { blankSpec } from '../../model/blank-spec';
import type { PageLines } from './page-lines';

/** What the reader made of a page's lines, as plain data: anchors name elements by their index in the collector's. */
export type LinesRead = {
  spec: Extraction['spec'];
  /** The step the criteria were read in (-1: none). */
  step: number;
  anchors: ReadonlyArray<readonly [string, readonly number[]]>;
  spans: ReadonlyArray<readonly [string, TextSpan]>;
};

/** The criteria read from a page's lines, placed on the page again: their elements, and where in them. */
export function placeLines(
  collected: CollectedPage,
  read: LinesRead,
): Pick<Extraction, 'anchors' | 'spans'> & { spans: Map<string, TextSpan> } {
  const place = collected.places[read.step];
  if (!place) return { anchors: new Map(), spans: new Map() };
  if (place.anchors) return { anchors: place.anchors, spans: place.spans ?? new Map() };
  const anchors = new Map<string, Element[]>();
  const spans = new Map<string, TextSpan>();
  if ('locateIn' in place) {
    // Criteria read from a description the page does not hold as such: found again in the page's own copy.
    const criteria = read.spec.criteria;
    if (place.locateIn && criteria.length > 0)
      locateTexts(
        place.locateIn,
        criteria.map((c) => c.text),
      ).forEach((found, i) => {
        if (!found) return;
        anchors.set(criteria[i]!.id, [found.element]);
        spans.set(criteria[i]!.id, { start: found.start, end: found.end });
      });
    return { anchors, spans };
  }
  for (const [id, indices] of read.anchors) {
    const elements = indices.map((n) => collected.elements[n]).filter((e): e is Element => e !== undefined);
    if (elements.length > 0) anchors.set(id, elements);
  }
  for (const [id, span] of read.spans) if (anchors.has(id)) spans.set(id, span);
  return { anchors, spans };
}

/** Before the reader has answered: what the site readers read by themselves (no free text yet). */
export function readSoFar(lines: PageLines): LinesRead {
  let step = lines.steps.findIndex((s) => s.kind === 'read' && s.spec.criteria.length > 0);
  if (step < 0) step = lines.steps.length > 0 ? 0 : -1;
  return { spec: lines.steps[step]?.spec ?? blankSpec(), step, anchors: [], spans: [] };
}
