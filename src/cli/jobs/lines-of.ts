/** A line of a stream, numbered from 1, or the number and length of one too long to keep. */
export type StreamLine = { number: number; text: string } | { number: number; tooLong: number };

const NEWLINE = 0x0a;

/**
 * The non-blank lines of a byte stream, holding at most `maxBytes` of a line at a time: a longer line
 * is reported by its length and skipped, so one huge line cannot fill the memory.
 */
export async function* linesOf(stream: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<StreamLine> {
  const decoder = new TextDecoder();
  let parts: Uint8Array[] = [];
  let held = 0;
  let dropped = 0;
  let number = 0;

  function* end(): Generator<StreamLine> {
    number++;
    if (dropped > 0) yield { number, tooLong: dropped + held };
    else {
      const text = decoder.decode(Buffer.concat(parts)).replace(/\r$/, '');
      if (text.trim()) yield { number, text };
    }
    parts = [];
    held = 0;
    dropped = 0;
  }

  for await (const chunk of stream) {
    let start = 0;
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, start)) {
      keep(chunk.subarray(start, at));
      yield* end();
      start = at + 1;
    }
    keep(chunk.subarray(start));
  }
  if (held > 0 || dropped > 0) yield* end();

  function keep(bytes: Uint8Array) {
    if (bytes.length === 0) return;
    if (dropped > 0 || held + bytes.length > maxBytes) {
      dropped += held + bytes.length;
      parts = [];
      held = 0;
      return;
    }
    parts.push(bytes);
    held += bytes.length;
  }
}
