// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fetchDocument } from '../../../../src/content/documents/fetch-document';
import { MAX_DOCUMENT_BYTES } from '../../../../src/core/extract/documents/document-limits';

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;
const ADVERT = 'https://www.jobs.nhs.uk/candidate/jobadvert/C1';
const LINK = { name: 'JD', url: 'https://www.jobs.nhs.uk/docs/jd.pdf' };

/** A body of `size` bytes, made a chunk at a time as it is read, which counts what was pulled from it. */
function streamedBody(size: number) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= size) return controller.close();
      const chunk = new Uint8Array(Math.min(CHUNK, size - seen.pulled));
      chunk.set([37, 80, 68, 70, 45]);
      seen.pulled += chunk.length;
      controller.enqueue(chunk);
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { body, seen };
}

const fetcherOf = (body: ReadableStream<Uint8Array>, headers: Record<string, string>) =>
  (async () =>
    Object.defineProperty(new Response(body, { headers }), 'url', { value: LINK.url })) as unknown as typeof fetch;

describe('downloading a document larger than the limit', () => {
  it.each([
    ['without a content-length header', {}],
    ['with a content-length header that says 1,000 bytes', { 'content-length': '1000' }],
  ])('stops a 40 MB body %s once it passes 15 MB, and cancels the rest', async (_, headers) => {
    const { body, seen } = streamedBody(40 * MB);
    await expect(fetchDocument(LINK, ADVERT, fetcherOf(body, headers))).rejects.toThrow(
      'The document is larger than 15 MB: too large to read here.',
    );
    expect(seen.pulled).toBeGreaterThan(MAX_DOCUMENT_BYTES);
    expect(seen.pulled).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES + 2 * CHUNK);
    expect(seen.cancelled).toBe(true);
  });

  it('refuses a body whose header says 40 MB before reading it', async () => {
    const { body, seen } = streamedBody(40 * MB);
    await expect(fetchDocument(LINK, ADVERT, fetcherOf(body, { 'content-length': String(40 * MB) }))).rejects.toThrow(
      /larger than 15 MB/,
    );
    expect(seen.pulled).toBeLessThanOrEqual(CHUNK);
    expect(seen.cancelled).toBe(true);
  });

  it('reads a body of exactly the limit whole, whatever the header says', async () => {
    const { body } = streamedBody(MAX_DOCUMENT_BYTES);
    const bytes = await fetchDocument(LINK, ADVERT, fetcherOf(body, { 'content-length': '10' }));
    expect(bytes.length).toBe(MAX_DOCUMENT_BYTES);
    expect([...bytes.subarray(0, 5)]).toEqual([37, 80, 68, 70, 45]);
  });

  it('reports a download cut off half way', async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ > 2) controller.error(new TypeError('network error'));
        else controller.enqueue(new Uint8Array(CHUNK));
      },
    });
    await expect(fetchDocument(LINK, ADVERT, fetcherOf(body, {}))).rejects.toThrow(/download was interrupted/);
  });
});
