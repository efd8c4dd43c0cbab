import type { DomLine } from '../dom/element-lines';
import type { ReadBudget } from '../dom/read-budget';
import type { Steps } from '../dom/steps';
import type { PersonSpec, Site } from '../model/person-spec';
import type { Layout } from './free-text/free-text-criterion';
import type { TextStep } from './lines/page-lines';

/** Characters [start, end) of an anchor element's text (readElementText) that a criterion was read from. */
export type TextSpan = { start: number; end: number };

/** A person specification and, inside a browser, the page elements each criterion was read from. */
export type Extraction = {
  spec: PersonSpec;
  /** Criterion id → its elements (more than one when the page repeats the block, as NHS Jobs does). */
  anchors: Map<string, Element[]>;
  /**
   * Criterion id → where its text sits inside each of its anchor elements, for criteria read from part
   * of an element (a line of a <br>-broken paragraph, an item after "Essential:"). Absent: the whole element.
   */
  spans?: Map<string, TextSpan>;
  /** Criteria found beyond the ones the budget lets it read: counted, never read. */
  unread?: number;
  /** How the criteria were written (for the corpus evaluation): the site's markup or a free-text layout. */
  layouts?: readonly (Layout | 'nhs-jobs' | 'trac')[];
};

/**
 * Lines a site reader leaves to the free-text reader, still on the page: the collector
 * (core/extract/lines) turns them into a TextStep of plain data.
 */
export type FreeTextFound = Omit<TextStep, 'lines' | 'cut'> & {
  lines: readonly DomLine[];
  /** Where the criteria found are looked for again on the page when the lines are not placed on it. */
  locateIn?: Element | null;
};

/** One site family's reader. Adapters are tried from the most to the least specific. */
export type SiteAdapter = {
  site: Site;
  /** A cheap test: is this page one of the site's adverts? */
  detect(doc: Document, url: URL): boolean;
  /** The criteria read by the site's markup, or lines for the free-text reader; in steps (core/dom/steps). */
  extract(doc: Document, url: URL, budget: ReadBudget): Steps<Extraction | FreeTextFound>;
};

export const isFreeText = (found: Extraction | FreeTextFound): found is FreeTextFound => 'kindIfFound' in found;
