import { describe, expect, it } from 'vitest';
import { linesOf, type StreamLine } from '../../../../src/cli/jobs/lines-of';

const bytes = (text: string) => new TextEncoder().encode(text);

async function collect(chunks: string[], max = 100): Promise<StreamLine[]> {
  async function* stream() {
    for (const chunk of chunks) yield bytes(chunk);
  }
  const lines: StreamLine[] = [];
  for await (const line of linesOf(stream(), max)) lines.push(line);
  return lines;
}

describe('linesOf', () => {
  it('joins a line split across chunks, drops blank lines and carriage returns, and numbers every line', async () => {
    expect(await collect(['{"a"', ':1}\r\n\n  \n{"b":2}'])).toEqual([
      { number: 1, text: '{"a":1}' },
      { number: 4, text: '{"b":2}' },
    ]);
  });

  it('keeps a character whose bytes fall in two chunks', async () => {
    const pound = bytes('£5\n');
    async function* stream() {
      yield pound.subarray(0, 1);
      yield pound.subarray(1);
    }
    const lines: StreamLine[] = [];
    for await (const line of linesOf(stream(), 100)) lines.push(line);
    expect(lines).toEqual([{ number: 1, text: '£5' }]);
  });

  it('reports a line over the limit by its length, without holding it, and reads on', async () => {
    const long = 'x'.repeat(60);
    expect(await collect([long, long, '\nshort\n', long.slice(0, 20)], 100)).toEqual([
      { number: 1, tooLong: 120 },
      { number: 2, text: 'short' },
      { number: 3, text: 'x'.repeat(20) },
    ]);
  });
});
