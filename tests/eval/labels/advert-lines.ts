import { parseHTML } from 'linkedom';

/**
 * The lines of a corpus advert's description as labels count them. Frozen on purpose: labels point
 * at these line numbers, so this must not follow changes to the product's own readers
 * (src/.../element-lines). A line is a block (paragraph, list item, heading, table cell) or a part of
 * one broken with <br>; whitespace is collapsed and empty lines are dropped.
 */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function documentOf(html: string): Document {
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

/** The description's HTML: JobPosting descriptions arrive entity-escaped once more ("&lt;p&gt;"). */
export function descriptionHtml(description: unknown): string {
  const raw = typeof description === 'string' ? description : '';
  return /&lt;\/?[a-z][^&]*&gt;/i.test(raw) ? (documentOf(raw).body.textContent ?? '') : raw;
}

export function advertLines(description: unknown): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) current += (child as Text).data;
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        if (tag === 'BR') flush();
        else if (BLOCKS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(documentOf(descriptionHtml(description)).body);
  flush();
  return lines;
}

/** Whitespace- and case-insensitive FNV-1a of a text, 8 hex digits: labels carry it to detect drift. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text.toLowerCase().replace(/\s+/g, ' ').trim()) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
