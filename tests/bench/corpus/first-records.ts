import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/** The first `limit` non-empty lines of a JSON Lines file (.jsonl or .jsonl.gz), unparsed; reading stops there. */
export async function firstRecords(file: string, limit: number): Promise<string[]> {
  const input = createReadStream(file);
  const lines = createInterface({
    input: file.endsWith('.gz') ? input.pipe(createGunzip()) : input,
    crlfDelay: Infinity,
  });
  const records: string[] = [];
  try {
    for await (const line of lines) {
      if (line.trim()) records.push(line);
      if (records.length >= limit) break;
    }
  } finally {
    lines.close();
    input.destroy();
  }
  return records;
}
