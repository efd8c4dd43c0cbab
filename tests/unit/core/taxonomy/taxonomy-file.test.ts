import { describe, expect, it } from 'vitest';
import { compileAll, compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { serialiseTaxonomy } from '../../../../src/core/taxonomy/compiled-taxonomy';
import { decodeTaxonomy, encodeTaxonomy, TaxonomyFileError } from '../../../../src/core/taxonomy/taxonomy-file';

const data = serialiseTaxonomy(
  compileAll(
    compileTaxonomy([
      { id: 'audit', label: 'Clinical audit', category: 'clinical', variants: ['clinical audit', 'audits'] },
      {
        id: 'rn',
        label: 'Registered nurse',
        category: 'registration',
        variants: ['registered nurse'],
        abbreviations: ['RN'],
      },
    ]),
  ),
);
const bytes = encodeTaxonomy(data);
const file = (edit: (bytes: Uint8Array) => Uint8Array) => edit(bytes.slice()).buffer as ArrayBuffer;

describe('the built taxonomy file', () => {
  it('gives back the compiled taxonomy, its arrays as views of the file', () => {
    const buffer = file((b) => b);
    const read = decodeTaxonomy(buffer);
    expect(read).toEqual(data);
    expect(read.table.node.buffer).toBe(buffer);
    expect(read.ends.offsets.buffer).toBe(buffer);
  });

  it('is ASCII from its header to its arrays, which start on a four-byte boundary', () => {
    const headerEnd = bytes.length - 4 * (3 * data.table.node.length + data.size + 1);
    expect(headerEnd % 4).toBe(0);
    // After the magic, the format and the header's length (12 bytes).
    expect(bytes.subarray(12, headerEnd).every((b) => b < 0x80)).toBe(true);
  });

  it('refuses a short, foreign or damaged file with the reason', () => {
    const refused = (buffer: ArrayBuffer) => {
      expect(() => decodeTaxonomy(buffer)).toThrow(TaxonomyFileError);
      return () => decodeTaxonomy(buffer);
    };
    expect(refused(new ArrayBuffer(3))).toThrow(/cannot be read: it has 3 bytes/);
    expect(refused(file((b) => b.slice(0, b.length - 8)))).toThrow(/bytes where its header says/);
    expect(refused(file((b) => b.slice(0, 40)))).toThrow(/ends inside its header/);
    expect(refused(new TextEncoder().encode('{"skills":[]}').buffer as ArrayBuffer)).toThrow(/not a compiled taxonomy/);
    expect(refused(file((b) => ((b[4] = 9), b)))).toThrow(/format 9/);
    expect(refused(file((b) => ((b[12] = 0x5d), b)))).toThrow(/header is not JSON/);
    expect(refused(file((b) => b.fill(0, b.length - 4 * (data.size + 1) - 4 * 3 * data.table.node.length)))).toThrow(
      /trie is damaged/,
    );
  });
});
