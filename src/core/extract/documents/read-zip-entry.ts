import { Unzip, UnzipInflate } from 'fflate';

export type ZipEntry = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'missing' | 'too-large' | 'damaged' };

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most about 1,032 times, so
 * one step can overshoot the limit by about 4 MB at worst before the count stops it.
 */
const SLICE_BYTES = 4096;

/**
 * The first entry of this name in a ZIP archive, inflated a slice at a time while its bytes are
 * counted. The sizes an archive declares are not trusted: an entry that unpacks past `maxBytes`
 * stops there, and later entries of the same name (or a central directory pointing many names at
 * the same data) are never inflated, since only the local entries are read, in order.
 */
export function readZipEntry(zip: Uint8Array, name: string, maxBytes: number): ZipEntry {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let entries = 0;
  // Set from fflate's callbacks: kept in an object so the checks after the loop see every state.
  const read: { state: 'searching' | 'reading' | 'done' | 'too-large' | 'damaged' } = { state: 'searching' };
  const unzip = new Unzip((file) => {
    entries++;
    if (read.state !== 'searching' || file.name !== name) return;
    if (file.originalSize !== undefined && file.originalSize > maxBytes) {
      read.state = 'too-large';
      return;
    }
    read.state = 'reading';
    file.ondata = (error, chunk, final) => {
      if (read.state !== 'reading') return;
      if (error) {
        read.state = 'damaged';
        return;
      }
      size += chunk.length;
      if (size > maxBytes) {
        read.state = 'too-large';
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
      if (final) read.state = 'done';
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < zip.length && (read.state === 'searching' || read.state === 'reading'); at += SLICE_BYTES) {
      unzip.push(zip.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= zip.length);
    }
  } catch {
    if (read.state === 'searching' || read.state === 'reading') read.state = 'damaged';
  }
  if (read.state === 'done') return { ok: true, bytes: joinChunks(chunks, size) };
  if (read.state === 'too-large' || read.state === 'damaged') return { ok: false, reason: read.state };
  // Still reading at the end: the entry was cut short. No entry at all: not a ZIP archive.
  return { ok: false, reason: read.state === 'reading' || entries === 0 ? 'damaged' : 'missing' };
}

function joinChunks(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
