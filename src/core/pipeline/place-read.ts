import type { CollectedPage } from '../extract/lines/collect-lines';
import { placeLines, type LinesRead } from '../extract/lines/place-lines';
import type { AnalysisLimits } from '../model/analysis-limits';
import type { PageRead } from './page-read';

/** What the reader made of a page's lines (interpretPage), capped as the analysis will take it: plain data. */
export type LinesAnswer = LinesRead & { limits: AnalysisLimits | null };

/**
 * The reader's answer placed on the page again: the criteria and the elements they were read from. Apart
 * from collect-page, so that what paints an advert's answer does not carry the site readers.
 */
export function placeRead(collected: CollectedPage, read: LinesAnswer): PageRead {
  const { anchors, spans } = placeLines(collected, read);
  return { spec: read.spec, limits: read.limits, anchors, ...(spans.size > 0 ? { spans } : {}) };
}
