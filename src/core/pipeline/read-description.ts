import { readLines } from '../dom/element-lines';
import { readBudget } from '../dom/read-budget';
import { mainContent } from '../extract/sites/generic';
import { DESCRIPTION_CHARS } from '../history/snapshot-limits';

/** Lines this long or longer that come again are a second copy of the page's text (NHS Jobs has a mobile one). */
const REPEATED_LINE = 40;

/**
 * The advert's own text, kept with its history entry so it can be read after the advert is gone: the
 * page's main content as lines (no navigation, header or footer), a repeated copy left out, cut to
 * `limit` characters.
 */
export function readDescription(doc: Document, limit = DESCRIPTION_CHARS): string {
  // Twice the limit is read: the copy NHS Jobs repeats for small screens is left out below.
  const root = mainContent(doc, readBudget({ limit: 1_000 }));
  if (!root) return '';
  const budget = readBudget({ limit: limit * 2, chars: limit * 2 });
  const seen = new Set<string>();
  const kept: string[] = [];
  let length = 0;
  for (const { text } of readLines(root, budget, { placed: false })) {
    if (text.length >= REPEATED_LINE) {
      if (seen.has(text)) continue;
      seen.add(text);
    }
    if (text === '' && (kept.length === 0 || kept.at(-1) === '')) continue;
    kept.push(text);
    length += text.length + 1;
    if (length >= limit) break;
  }
  return kept.join('\n').trim().slice(0, limit);
}
