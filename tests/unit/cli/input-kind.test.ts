import { describe, expect, it } from 'vitest';
import { InputError, inputKind } from '../../../src/cli/input-kind';

const bytes = (text: string) => new TextEncoder().encode(text);
/** Bytes from a fixed seed, as a file of random data would hold. */
function randomBytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

describe('telling what a file holds from its first bytes', () => {
  it('knows documents, JSON and HTML pages, whatever their names', () => {
    expect(inputKind(bytes('%PDF-1.7\n…'), 'spec.txt')).toBe('document');
    expect(inputKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'spec')).toBe('document');
    expect(inputKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'spec.doc')).toBe('document');
    expect(inputKind(bytes('\uFEFF  {"@type": "JobPosting"}'), 'posting')).toBe('json');
    expect(inputKind(bytes('not json yet'), 'postings.jsonl')).toBe('json');
    expect(inputKind(bytes('\n<!DOCTYPE html><html>'), 'advert')).toBe('html');
    expect(inputKind(bytes('Person specification\n<p>Essential</p>'), 'fragment.html')).toBe('html');
  });

  it('refuses random bytes, plain text, RTF and an empty file instead of reading them as a page', () => {
    const random = randomBytes(100_000);
    expect(() => inputKind(random, 'advert.html')).toThrow(InputError);
    expect(() => inputKind(random, 'advert.html')).toThrow(/binary data/);
    expect(() => inputKind(bytes('Some notes about the job\n'), 'notes.txt')).toThrow(
      /not an HTML page, a JSON record, a PDF or a Word document/,
    );
    expect(() => inputKind(bytes('Plain text <b>only</b> later'), 'notes.html')).toThrow(/not an HTML page/);
    expect(() => inputKind(bytes('{\\rtf1\\ansi Essential'), 'spec.doc')).toThrow(/RTF document/);
    expect(() => inputKind(new Uint8Array(), 'advert.html')).toThrow(/empty/);
  });
});
