import type { TextLine } from './text-line';

/** A line that may be placed on a page: its element, and where its text starts in that element's text. */
type PlacedLine = TextLine & { element?: unknown; start?: number };

// A line that stops on one of these words, or a comma, has not finished its sentence.
const OPEN_WORDS = [
  'and|or|the|of|in|to|for|with|a|an|at|by|on|as|from|is|are|be',
  'will|must|should|have|has|that|which|who|whilst|within|including|such',
].join('|');
const OPEN_END = new RegExp(String.raw`(?:\b(?:${OPEN_WORDS})|[,&–—-])$`, 'i');
const LOWER_START = /^\p{Ll}/u;
const ENDS_SENTENCE = /[.!?:;]["'”’)]?$/;

const BULLET_START = /^[•·▪●◦‣∙■□➢➤►✓✔❖→*–—-]\s/;
const plain = (line: TextLine) =>
  !line.heading && !line.listItem && !line.cells && line.text !== '' && !BULLET_START.test(line.text);

/** `next` carries on the sentence `line` broke off: a <br> typed mid-sentence, or text wrapped by hand. */
function continues(line: PlacedLine, next: PlacedLine): boolean {
  if (!plain(line) || !plain(next) || ENDS_SENTENCE.test(line.text)) return false;
  if (line.element !== next.element) return false;
  // On a page the two must be neighbours in their element's text, one space apart (a <br> reads as a space).
  if (line.start !== undefined && next.start !== line.start + line.text.length + 1) return false;
  return LOWER_START.test(next.text) || OPEN_END.test(line.text);
}

/**
 * Lines broken in the middle of a sentence joined back into one ("Candidates should have experience
 * working" + "independently within EP"), so that a requirement is read whole. A joined line keeps the
 * first line's place: its text is the same stretch of its element's text.
 */
export function joinWrappedLines<L extends PlacedLine>(lines: readonly L[]): L[] {
  const joined: L[] = [];
  for (const line of lines) {
    const last = joined[joined.length - 1];
    if (last && continues(last, line)) joined[joined.length - 1] = { ...last, text: `${last.text} ${line.text}` };
    else joined.push(line);
  }
  return joined;
}
