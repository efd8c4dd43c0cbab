import { readLines } from '../../dom/element-lines';
import { blankSpec } from '../../model/blank-spec';
import { textOf } from '../../dom/element-text';
import { readBudget, type ReadBudget } from '../../dom/read-budget';
import { canonicalUrl } from '../canonical-url';
import { already } from '../../dom/steps';
import type { FreeTextFound, SiteAdapter } from '../extraction';
import { pageKindOf } from '../page-kind';

const MAIN_CONTENT = ['#maincontent', 'main', '[role="main"]', 'article', '#content', '.content'];

/** The part of a page that holds its own content: not the site's navigation, header or footer. */
export function mainContent(doc: Document, budget: ReadBudget = readBudget()): Element | null {
  for (const selector of MAIN_CONTENT) {
    const element = doc.querySelector(selector);
    if (element && textOf(element, budget)) return element;
  }
  return doc.body ?? doc.documentElement;
}

/**
 * The last adapter: any page, read as free text (a trust's career site, an advert whose employer
 * typed the specification into the job description, a page the user asked to analyse). Its lines
 * are read here; the free-text reader runs over them later (core/extract/lines).
 */
export const generic: SiteAdapter = {
  site: 'generic',
  detect: () => true,
  extract: (doc, url, budget) => already(readPage(doc, url, budget)),
};

function readPage(doc: Document, url: URL, budget: ReadBudget): FreeTextFound {
  const root = mainContent(doc, budget);
  const lines = root ? readLines(root, budget) : [];
  const heading = doc.querySelector('h1');
  return {
    kind: 'text',
    spec: blankSpec({
      pageKind: pageKindOf(doc, false),
      url: canonicalUrl(url),
      title: textOf(heading, budget) || doc.title?.trim() || null,
    }),
    kindIfFound: pageKindOf(doc, true),
    prefix: 'text',
    lines,
    join: true,
    placed: true,
  };
}
