import type { Criterion } from '../../model/criterion';
import type { PersonSpec } from '../../model/person-spec';
import { parseFreeText } from '../free-text/parse-free-text';
import type { TextLine } from '../free-text/text-line';
import { toCriteria } from '../free-text/to-criteria';

const TITLE = /^(?:job\s+title|post\s+title|title\s+of\s+(?:the\s+)?post|teitl\s+y\s+swydd)\s*:\s*(.+)$/i;
const BAND = /\b(?:Band|AfC)\s*(\d(?:\s?[a-d])?)\b/i;

/** A short stable id prefix per document, so criteria from several documents never share an id. */
export function documentIdPrefix(name: string): string {
  let hash = 5381;
  for (let i = 0; i < name.length; i++) hash = ((hash << 5) + hash + name.charCodeAt(i)) >>> 0;
  return `doc-${hash.toString(36)}`;
}

/** The criteria a document's lines hold, marked as read from that document. */
export function documentCriteria(lines: readonly TextLine[], name: string): Criterion[] {
  return toCriteria(parseFreeText(lines), documentIdPrefix(name), { kind: 'document', name }, false).criteria;
}

/** A job description / person specification document on its own (the command line reads these). */
export function documentSpec(lines: readonly TextLine[], name: string, url: string): PersonSpec {
  const text = lines.flatMap((l) => (l.cells ? l.cells.flat().map((c) => c.text) : [l.text]));
  const titled = text.map((t) => TITLE.exec(t)?.[1]).find(Boolean);
  const firstHeading = lines.find((l) => l.heading && !l.cells && l.text)?.text ?? null;
  const band = text.map((t) => BAND.exec(t)).find(Boolean);
  return {
    site: 'document',
    pageKind: 'advert',
    url,
    title: titled?.trim() ?? firstHeading,
    employer: null,
    band: band ? `Band ${band[1]!.replace(/\s/g, '').toLowerCase()}` : null,
    closingDate: null,
    reference: null,
    salary: null,
    criteria: documentCriteria(lines, name),
    documents: [],
  };
}
