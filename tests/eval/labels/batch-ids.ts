import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BATCHES = fileURLToPath(new URL('./batches/', import.meta.url));

/** The advert ids chosen for batch NN (batches/batch-NN.ids), in the order they were drawn. */
export function batchIds(batch: string): string[] {
  return readFileSync(`${BATCHES}batch-${batch.padStart(2, '0')}.ids`, 'utf8')
    .split('\n')
    .filter(Boolean);
}
