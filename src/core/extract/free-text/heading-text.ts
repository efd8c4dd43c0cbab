import { remembered } from '../../text/remembered';
import { wordCount } from './levels';
import { bulletLength } from './read-item';

/** A line as the heading tests read it: no bullet, no closing punctuation; how it ended; how many words. */
export type HeadingText = { readonly text: string; readonly endsLikeHeading: boolean; readonly words: number };

/** A character of the punctuation that closes a heading ("Skills:", "Experience –", "Essential…"). */
const CLOSING = /[\s:;.\-–—…]/;
const ENDINGS = [':', '...', '…', '-', '–', '—'];

/** Where `text` ends without its closing punctuation: a scan back from the end, not a regex over the line. */
function closedAt(text: string): number {
  let end = text.length;
  while (end > 0 && CLOSING.test(text.charAt(end - 1))) end--;
  return end;
}

// The reader asks a line's heading text of several tests in turn (levelHeading, isBreakHeading,
// requirementIntro …, and levelHeading again as the look-ahead of the line before): the last few are kept.
const KEPT = 64;

/** The line without its bullet and closing punctuation, whether it ended like a heading, and its words. */
export const headingText = remembered(KEPT, (raw: string): HeadingText => {
  // Trimmed, so "ends like a heading" (a colon, "...", "…" or a dash, ":-" among them) is its last characters.
  const trimmed = raw.slice(bulletLength(raw)).trim();
  const text = trimmed.slice(0, closedAt(trimmed));
  return { text, endsLikeHeading: ENDINGS.some((e) => trimmed.endsWith(e)), words: wordCount(text) };
});
