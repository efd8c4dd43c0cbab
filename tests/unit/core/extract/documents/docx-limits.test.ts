// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, UnzipInflate, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { openPdfInNode } from '../../../../../src/cli/open-pdf';
import { MAX_DOCX_XML_BYTES } from '../../../../../src/core/extract/documents/document-limits';
import { documentLines } from '../../../../../src/core/extract/documents/document-lines';
import { docxLines } from '../../../../../src/core/extract/documents/docx-lines';
import { expandingDeflate, hostileZip, MB } from './hostile-zip';

const HEAD = '<w:document><w:body><w:p><w:r><w:t>Essential: current NMC registration</w:t></w:r></w:p><w:p>';
const TAIL = '</w:p></w:body></w:document>';
const BODY = 'word/document.xml';

/** Counts the compressed bytes fflate is given to inflate, to show where reading stopped. */
const countInflated = () => {
  const push = vi.spyOn(UnzipInflate.prototype, 'push');
  return () => push.mock.calls.reduce((sum, [chunk]) => sum + chunk.length, 0);
};

describe('DOCX files that unpack to far more than they say', () => {
  it('stops a body that declares 4 KB and expands to 1 GB once the limit is passed, with a clear error', async () => {
    const data = expandingDeflate(HEAD, 1024, TAIL);
    const zip = hostileZip([{ name: BODY, data, declaredSize: 4096 }]);
    expect(zip.length).toBeLessThan(1.1 * MB);
    const inflated = countInflated();
    await expect(documentLines(zip, openPdfInNode)).rejects.toThrow(
      'This Word document unpacks to more than 4 MB of text: too large to read here.',
    );
    // 4 MB of spaces is about 4 KB compressed: reading stopped within a slice or two of that, not at 1 MB.
    expect(inflated()).toBeGreaterThan(MAX_DOCX_XML_BYTES / 1100);
    expect(inflated()).toBeLessThan(16 * 1024);
  });

  it('stops at a smaller limit when given one, counting what is inflated rather than what is declared', () => {
    const zip = hostileZip([{ name: BODY, data: expandingDeflate(HEAD, 6, TAIL), declaredSize: 100 }]);
    const inflated = countInflated();
    expect(() => docxLines(zip, 2 * MB)).toThrow(/unpacks to more than 2 MB/);
    expect(inflated()).toBeLessThan(8 * 1024);
    expect(docxLines(zip, 7 * MB)[0]?.text).toBe('Essential: current NMC registration');
  });

  it('refuses a body that honestly declares more than the limit without inflating it', () => {
    const zip = hostileZip([{ name: BODY, data: expandingDeflate(HEAD, 16, TAIL), declaredSize: 16 * MB + 200 }]);
    const inflated = countInflated();
    expect(() => docxLines(zip)).toThrow(/unpacks to more than 4 MB/);
    expect(inflated()).toBe(0);
  });

  it('reads only the first of many bodies of the same name (450 MB in all), each under the limit', () => {
    const data = expandingDeflate(HEAD, 3, TAIL);
    const zip = hostileZip(Array.from({ length: 150 }, () => ({ name: BODY, data, declaredSize: 3 * MB + 200 })));
    const inflated = countInflated();
    expect(docxLines(zip).map((l) => l.text)).toEqual(['Essential: current NMC registration', '']);
    expect(inflated()).toBeLessThanOrEqual(data.length);
  });

  it('still reads the fixture, whose body is far under the limit, and refuses it under a 1 KB one', () => {
    const fixture = new Uint8Array(
      readFileSync(join(import.meta.dirname, '../../../../fixtures/documents/person-spec.docx')),
    );
    expect(docxLines(fixture).length).toBeGreaterThan(5);
    expect(() => docxLines(fixture, 1024)).toThrow(/unpacks to more than 1 KB/);
  });

  it('reports a body cut short and a file without a body', () => {
    const whole = hostileZip([{ name: BODY, data: expandingDeflate(HEAD, 1, TAIL), declaredSize: MB }]);
    expect(() => docxLines(whole.subarray(0, 400))).toThrow(/not a Word document that can be read/);
    expect(() => docxLines(zipSync({ 'word/styles.xml': strToU8('<w:styles/>') }))).toThrow(/no document body/);
  });
});

describe('character references in a DOCX', () => {
  it('leaves out a reference past Unicode instead of throwing', () => {
    const xml = `<w:document><w:body><w:p><w:r><w:t>Band&#x110000; 5 &#65;&#99999999999999999999;&amp; B</w:t></w:r></w:p></w:body></w:document>`;
    const zip = zipSync({ [BODY]: strToU8(xml) });
    expect(docxLines(zip).map((l) => l.text)).toEqual(['Band 5 A& B']);
  });
});
