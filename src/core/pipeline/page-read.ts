import type { TextSpan } from '../extract/extraction';
import type { AnalysisLimits } from '../model/analysis-limits';
import type { PersonSpec } from '../model/person-spec';

/** The first stage: what the page's person specification says, as far as it will be analysed. */
export type PageRead = {
  spec: PersonSpec;
  limits: AnalysisLimits | null;
  /** Criterion id → the page elements it was read from (none for a record or a document). */
  anchors: Map<string, Element[]>;
  /** For criteria read from part of an element: where their text sits in it (absent: the whole element). */
  spans?: ReadonlyMap<string, TextSpan>;
};
