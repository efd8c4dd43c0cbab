import type { PersonSpec, Site } from '../spec/person-spec';

/** A person specification and, inside a browser, the page elements each criterion was read from. */
export type Extraction = {
  spec: PersonSpec;
  /** Criterion id → its elements (more than one when the page repeats the block, as NHS Jobs does). */
  anchors: Map<string, Element[]>;
};

/** One site family's reader. Adapters are tried from the most to the least specific. */
export type SiteAdapter = {
  site: Site;
  /** A cheap test: is this page one of the site's adverts? */
  detect(doc: Document, url: URL): boolean;
  extract(doc: Document, url: URL): Extraction;
};
