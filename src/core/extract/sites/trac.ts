import { readLines } from '../../dom/element-lines';
import { textOf } from '../../dom/element-text';
import type { ReadBudget } from '../../dom/read-budget';
import { already } from '../../dom/steps';
import type { Criterion, Level } from '../../model/criterion';
import { canonicalUrl } from '../canonical-url';
import type { Extraction, FreeTextFound, SiteAdapter, TextSpan } from '../extraction';
import { levelHeading } from '../free-text/headings';
import { readItem } from '../free-text/read-item';
import { pageKindOf } from '../page-kind';
import { readTracDetails } from './trac-details';

const HOSTS = /(?:^|\.)(?:healthjobsuk\.com|nhsjobs\.com)$/;
const REQUIREMENTS = '#hj-job-role-requirement';

/**
 * Trac boards, HealthJobsUK and nhsjobs.com (design: advert pages §2): in
 * `section#hj-job-role-requirement` an h4 per category, h5 "Essential criteria" / "Desirable
 * criteria", then `ul > li`. A section laid out otherwise is read as free text.
 */
export const trac: SiteAdapter = {
  site: 'trac',
  detect: (doc, url) => HOSTS.test(url.hostname) || doc.querySelector(`${REQUIREMENTS}, #hj-job-summary`) !== null,
  extract: (doc, url, budget) => already(readTrac(doc, url, budget)),
};

function readTrac(doc: Document, url: URL, budget: ReadBudget): Extraction | FreeTextFound {
  const section = doc.querySelector(REQUIREMENTS);
  const read = section ? readSection(section, budget) : null;
  // A section laid out otherwise: its lines are left to the free-text reader.
  const lines = section && read && read.criteria.length === 0 ? readLines(section, budget) : null;
  const details = readTracDetails(doc, budget);
  const criteria = read?.criteria ?? [];
  const looksLikeAdvert =
    criteria.length > 0 ||
    doc.querySelector('#hj-job-summary, .hj-job-title') !== null ||
    /-v\d+\/?$/.test(url.pathname);
  const spec = {
    site: 'trac' as const,
    pageKind: pageKindOf(doc, looksLikeAdvert),
    url: canonicalUrl(url),
    ...details,
    criteria,
    documents: [],
  };
  if (lines)
    return {
      kind: 'text',
      spec,
      kindIfFound: pageKindOf(doc, true),
      prefix: 'trac',
      lines,
      join: false,
      placed: true,
    };
  return {
    spec,
    anchors: read?.anchors ?? new Map(),
    spans: read?.spans ?? new Map(),
    layouts: read?.layouts ?? [],
  };
}

type SectionRead = {
  criteria: Criterion[];
  anchors: Map<string, Element[]>;
  spans: Map<string, TextSpan>;
  layouts: readonly 'trac'[];
};

function readSection(section: Element, budget: ReadBudget): SectionRead {
  const criteria: Criterion[] = [];
  const anchors = new Map<string, Element[]>();
  const spans = new Map<string, TextSpan>();
  let category: string | null = null;
  let level: Level | null = null;
  for (const element of section.querySelectorAll('h4, h5, li')) {
    const tag = element.tagName.toUpperCase();
    const text = textOf(element, budget);
    if (tag === 'H4') {
      category = text || null;
      level = null;
    } else if (tag === 'H5') {
      level =
        levelHeading(text, true)?.level ??
        (/desirable|dymunol/i.test(text) ? 'desirable' : /essential|hanfodol/i.test(text) ? 'essential' : null);
    } else if (text && !element.querySelector('li')) {
      const item = readItem(text);
      if (item.end <= item.start) continue;
      const id = `trac-${criteria.length + 1}`;
      criteria.push({
        id,
        category,
        level: item.level ?? level ?? 'unspecified',
        text: text.slice(item.start, item.end),
        ...(item.assessedBy.length > 0 ? { assessedBy: item.assessedBy } : {}),
        source: { kind: 'page' },
      });
      anchors.set(id, [element]);
      spans.set(id, { start: item.start, end: item.end });
    }
  }
  return { criteria, anchors, spans, layouts: criteria.length > 0 ? ['trac'] : [] };
}
