import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractPosting } from '../../../src/core/extract/sites/extract-posting';
import { findPosting, type JobPosting } from '../../../src/core/extract/sites/job-posting';
import { corpusRecords } from '../labels/corpus';
import type { LabelledText } from './examples';

const BATCHES = fileURLToPath(new URL('../labels/batches/', import.meta.url));
const normal = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Every advert id drawn into a batch (labelled or not yet, any split): none of them is unlabelled. */
function batchedIds(): Set<string> {
  const ids = new Set<string>();
  for (const file of readdirSync(BATCHES)) {
    const text = readFileSync(`${BATCHES}${file}`, 'utf8');
    if (file.endsWith('.ids')) for (const id of text.split('\n').filter(Boolean)) ids.add(id);
    if (file.endsWith('.jsonl'))
      for (const line of text.split('\n').filter(Boolean))
        ids.add(String((JSON.parse(line) as { advert: string }).advert));
  }
  return ids;
}

/**
 * The criteria of the corpus adverts drawn into no batch, as the extension extracts them, each distinct
 * wording once and none that is word for word a criterion given (`known`): no skills, for the rules to read.
 */
export async function unlabelledTexts(known: Iterable<string>): Promise<LabelledText[]> {
  const batched = batchedIds();
  const seen = new Set([...known].map(normal));
  const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>') as unknown as {
    document: Document;
  };
  const texts: LabelledText[] = [];
  for await (const record of corpusRecords()) {
    const id = String(record.id);
    if (batched.has(id)) continue;
    try {
      const posting = findPosting(record) ?? (record as unknown as JobPosting);
      const { spec } = extractPosting(document, posting, new URL(`https://corpus.invalid/${id}`), null);
      for (const c of spec.criteria) {
        const key = normal(c.text);
        if (seen.has(key)) continue;
        seen.add(key);
        texts.push({ advert: id, text: c.text, title: spec.title ?? '', category: c.category ?? null, skills: [] });
      }
    } catch {
      // An advert the extension cannot read gives no criteria.
    }
  }
  return texts;
}
