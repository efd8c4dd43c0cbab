import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { sizeText } from '../../core/extract/documents/document-limits';
import type { Job } from './job';
import { linesOf } from './lines-of';

/** JSON Lines, plain or gzipped: read a record at a time, whatever the file's size. */
export const isJsonLines = (file: string) => /\.(jsonl|ndjson)(\.gz)?$/i.test(file);

/** The jobs of the files, in order: a job per file, or per record of a JSON Lines file. */
export async function* jobsOf(files: readonly string[], maxRecordBytes: number): AsyncGenerator<Job> {
  for (const file of files) {
    if (!isJsonLines(file)) {
      yield { kind: 'file', file };
      continue;
    }
    try {
      const raw = createReadStream(file);
      const stream = /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw;
      raw.once('error', (error) => stream.destroy(error));
      for await (const line of linesOf(stream, maxRecordBytes)) {
        yield 'text' in line
          ? { kind: 'record', file, line: line.number, text: line.text }
          : {
              kind: 'refused',
              file: `${file}:${line.number}`,
              error: `the record is ${sizeText(line.tooLong)}: records of at most ${sizeText(maxRecordBytes)} are read`,
            };
      }
    } catch (error) {
      yield { kind: 'refused', file, error: readError(error) };
    }
  }
}

/** An error as one line: the system's codes in words, the rest as their message. */
export function readError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return 'not a readable gzip file';
  return error instanceof Error ? error.message : String(error);
}
