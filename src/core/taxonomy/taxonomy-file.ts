import type { CompiledTaxonomy } from './compiled-taxonomy';
import { EMPTY } from './word-trie';

/** Its name in a build, beside background.js; only the background reads it. */
export const TAXONOMY_FILE = 'taxonomy.bin';
const MAGIC = 'NHST';
const FORMAT = 3;
const PREAMBLE = 12;

type Header = Omit<CompiledTaxonomy, 'table' | 'ends'> & { phrasesBytes: number; capacity: number; used: number };

const aligned = (n: number) => (n + 3) & ~3;
const sectionBytes = (capacity: number, size: number) => 4 * (3 * capacity + size + 1);

/** JSON in ASCII only: a file of one-byte characters is decoded and parsed faster. */
const asciiJson = (data: unknown): string =>
  JSON.stringify(data).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The compiled taxonomy as one built file: what needs to be strings as ASCII JSON, the packed phrases as
 * text of their own (one string for the decoder, not a JSON string to scan), then the trie's table and the
 * phrases' offsets as little-endian 32-bit integers, which the background reads as views of the file's
 * bytes (no parsing, no per-node work, little garbage).
 *
 * `NHST`, format (u32), header length (u32), header (JSON), phrases (UTF-8, `phrasesBytes` long), spaces
 * to a four-byte boundary, then table.node, table.word, table.child (capacity each) and ends.offsets
 * (size + 1).
 */
export function encodeTaxonomy(data: CompiledTaxonomy): Uint8Array<ArrayBuffer> {
  const { table, ends, ...rest } = data;
  const capacity = table.node.length;
  const phrases = new TextEncoder().encode(ends.text);
  const header = asciiJson({ ...rest, phrasesBytes: phrases.length, capacity, used: table.used } satisfies Header);
  const start = aligned(PREAMBLE + header.length + phrases.length);
  const bytes = new Uint8Array(start + sectionBytes(capacity, data.size)).fill(0x20, 0, start);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < MAGIC.length; i++) bytes[i] = MAGIC.charCodeAt(i);
  view.setUint32(4, FORMAT, true);
  view.setUint32(8, header.length, true);
  for (let i = 0; i < header.length; i++) bytes[PREAMBLE + i] = header.charCodeAt(i);
  bytes.set(phrases, PREAMBLE + header.length);
  let at = start;
  for (const ints of [table.node, table.word, table.child, ends.offsets]) {
    for (const n of ints) {
      view.setInt32(at, n, true);
      at += 4;
    }
  }
  return bytes;
}

/** Whether the bytes begin as a compiled taxonomy file does (any format). */
export const isTaxonomyFile = (bytes: Uint8Array): boolean =>
  bytes.length >= MAGIC.length && String.fromCharCode(...bytes.subarray(0, MAGIC.length)) === MAGIC;

export class TaxonomyFileError extends Error {
  constructor(why: string) {
    super(`The taxonomy file cannot be read: ${why}`);
    this.name = 'TaxonomyFileError';
  }
}

const LITTLE_ENDIAN = new Uint8Array(Int32Array.of(1).buffer)[0] === 1;

/** The compiled taxonomy from the built file's bytes; its arrays are views of `buffer`. */
export function decodeTaxonomy(buffer: ArrayBuffer): CompiledTaxonomy {
  if (buffer.byteLength < PREAMBLE) throw new TaxonomyFileError(`it has ${buffer.byteLength} bytes`);
  const view = new DataView(buffer);
  if (!isTaxonomyFile(new Uint8Array(buffer))) throw new TaxonomyFileError('it is not a compiled taxonomy');
  const format = view.getUint32(4, true);
  if (format !== FORMAT) throw new TaxonomyFileError(`it is format ${format}, this version reads ${FORMAT}`);
  if (!LITTLE_ENDIAN) throw new TaxonomyFileError('this device stores numbers big-endian');
  const headerLength = view.getUint32(8, true);
  if (PREAMBLE + headerLength > buffer.byteLength) throw new TaxonomyFileError('it ends inside its header');
  const header = parsedHeader(new Uint8Array(buffer, PREAMBLE, headerLength));
  const { capacity, used, size, phrasesBytes, ...rest } = header;
  const start = aligned(PREAMBLE + headerLength + phrasesBytes);
  const expected = start + sectionBytes(capacity, size);
  if (buffer.byteLength !== expected) {
    throw new TaxonomyFileError(`it has ${buffer.byteLength} bytes where its header says ${expected}`);
  }
  const text = new TextDecoder().decode(new Uint8Array(buffer, PREAMBLE + headerLength, phrasesBytes));
  const ints = (index: number, length: number) => new Int32Array(buffer, start + 4 * index, length);
  const table = { node: ints(0, capacity), word: ints(capacity, capacity), child: ints(2 * capacity, capacity) };
  const offsets = ints(3 * capacity, size + 1);
  // A walk stops at an empty slot: a table without one would loop for ever (indexOf is native: no pass in script).
  if (used >= capacity || table.node.indexOf(EMPTY) === -1) throw new TaxonomyFileError('its trie is damaged');
  if (offsets[size] !== text.length) throw new TaxonomyFileError('its phrases are damaged');
  return { ...rest, size, table: { ...table, mask: capacity - 1, used }, ends: { text, offsets } };
}

function parsedHeader(bytes: Uint8Array): Header {
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes)) as Header;
  } catch {
    throw new TaxonomyFileError('its header is not JSON');
  }
  const { capacity, used, size, phrasesBytes, words, skills, rules } = header ?? {};
  const counts = [capacity, used, size, phrasesBytes].every((n) => Number.isInteger(n) && n >= 0);
  const powerOfTwo = counts && capacity > 0 && (capacity & (capacity - 1)) === 0 && used < capacity;
  if (!powerOfTwo || ![words, skills, rules].every(Array.isArray)) {
    throw new TaxonomyFileError('its header lacks the sizes, the words or the skills');
  }
  return header;
}
