import type { PageKind, PersonSpec } from '../../model/person-spec';
import type { TextLine } from '../free-text/text-line';
import type { Layout } from '../free-text/free-text-criterion';

/**
 * A page's line as plain data, for the free-text reader wherever it runs: its text and shape, and
 * where it sits on the page (`element`: an index into the elements its collector kept; `start`: where
 * its text begins in that element's text). Plain data crosses from the advert tab to the background.
 */
export type LineData = TextLine & { element?: number; start?: number; cells?: LineData[][] };

/** What a site reader read by itself (NHS Jobs ids, Trac's sections): the criteria, or none. */
export type ReadStep = {
  kind: 'read';
  spec: PersonSpec;
  unread?: number;
  layouts?: Array<Layout | 'nhs-jobs' | 'trac'>;
  /** The read budget was cut by the time this step was read. */
  cut: boolean;
};

/** Lines left for the free-text reader: the criteria it finds in them are the step's. */
export type TextStep = {
  kind: 'text';
  /** The details read beside the lines; `criteria` is empty and `pageKind` is the page's when no criteria are found. */
  spec: PersonSpec;
  /** The page's kind when the reader finds criteria. */
  kindIfFound: PageKind;
  /** Criterion ids are `${prefix}-1`, … */
  prefix: 'text' | 'trac' | 'ld';
  lines: LineData[];
  /** Lines broken mid-sentence are joined first (a page's main content, a JSON-LD description). */
  join: boolean;
  /** The lines are placed on the page (false: a JSON-LD description, whose criteria are found again in the page). */
  placed: boolean;
  cut: boolean;
};

/**
 * The first half of reading a page, as plain data: what each site reader that recognised the page
 * read, in order from the most to the least specific, up to the first that found criteria by itself;
 * and the page's attached documents, kept when the page turns out to be an advert.
 */
export type PageLines = {
  steps: Array<ReadStep | TextStep>;
  documents: PersonSpec['documents'];
};
