import type { Criterion } from '../core/model/criterion';
import type { PersonSpec } from '../core/model/person-spec';
import { loadDocumentCriteria, saveDocumentCriteria } from '../storage/document-criteria-store';

/**
 * The criteria of the advert's attached documents: those kept from an earlier visit (only for
 * documents the advert still links to: a replaced attachment is read afresh), and those read now,
 * which are kept for the next visit. `saved` is false when storage would not keep them.
 */
export async function keptDocumentCriteria(
  spec: PersonSpec,
  readNow: ReadonlyArray<{ url: string; criteria: Criterion[] }>,
): Promise<{ documents: Map<string, Criterion[]>; saved: boolean }> {
  const linked = new Set(spec.documents.map((d) => d.url));
  // An advert that links no document has none kept that could count: storage is not asked.
  if (linked.size === 0) return { documents: new Map(), saved: true };
  const kept = await loadDocumentCriteria(spec.url).catch(() => new Map<string, Criterion[]>());
  const documents = new Map([...kept].filter(([url]) => linked.has(url)));
  let saved = true;
  for (const { url, criteria } of readNow) {
    if (!linked.has(url)) continue;
    const known = JSON.stringify(documents.get(url)) === JSON.stringify(criteria);
    documents.set(url, criteria);
    if (!known) await saveDocumentCriteria(spec.url, url, criteria).catch(() => (saved = false));
  }
  return { documents, saved };
}
