import type { Candidate } from './find-candidates';

/** The spans with `read` in place of every span that overlaps its words, in text order. */
export function replaceOverlapping(spans: readonly Candidate[][], read: Candidate): Candidate[][] {
  const kept = spans.filter((span) => !(span[0]!.start < read.end && span[0]!.end > read.start));
  return [...kept, [read]].sort((a, b) => a[0]!.start - b[0]!.start);
}
