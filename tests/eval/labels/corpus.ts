import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The real 2020 adverts, kept outside the repository (../shared); evaluation skips itself without them. */
export const CORPUS_PATH = fileURLToPath(new URL('../../../../shared/corpus/nhs-jobs-2020.jsonl.gz', import.meta.url));

export type CorpusRecord = {
  id: string;
  title?: unknown;
  description?: unknown;
  hiringOrganization?: { name?: unknown } | unknown;
  [key: string]: unknown;
};

export const corpusAvailable = (path = CORPUS_PATH) => existsSync(path);

export async function* corpusRecords(path = CORPUS_PATH): AsyncGenerator<CorpusRecord> {
  const input = createReadStream(path);
  const lines = createInterface({
    input: path.endsWith('.gz') ? input.pipe(createGunzip()) : input,
    crlfDelay: Infinity,
  });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as CorpusRecord;
}

/** The records with these ids (all of them when `ids` is null), by id. */
export async function loadRecords(
  ids: ReadonlySet<string> | null,
  path = CORPUS_PATH,
): Promise<Map<string, CorpusRecord>> {
  const found = new Map<string, CorpusRecord>();
  for await (const record of corpusRecords(path)) if (!ids || ids.has(record.id)) found.set(record.id, record);
  return found;
}

export const employerOf = (record: CorpusRecord): string => {
  const org = record.hiringOrganization as { name?: unknown } | undefined;
  return typeof org?.name === 'string' ? org.name : '';
};
