import type { AssessmentMethod, Level } from '../../model/criterion';
import type { TextLine } from './text-line';

/** How a specification was written: the evaluation counts adverts by it. */
export type Layout =
  'heading-lines' | 'labels' | 'table' | 'inline-markers' | 'requirement-list' | 'spec-list' | 'prose';

/** A criterion found in free text: characters [start, end) of `line.text`. */
export type FreeTextCriterion<L extends TextLine> = {
  line: L;
  start: number;
  end: number;
  level: Level;
  category: string | null;
  assessedBy: AssessmentMethod[];
  layout: Layout;
};
