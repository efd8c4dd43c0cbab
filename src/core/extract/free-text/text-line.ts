/**
 * A line of text as the free-text parser reads it, wherever it came from: a page (core/dom/element-lines),
 * a PDF (rows of positioned text) or a Word document (paragraphs and tables).
 */
export type TextLine = {
  /** Whitespace collapsed; '' for a blank line (writers separate sections with them). */
  text: string;
  /** A heading tag, a line in bold throughout, or a larger font. */
  heading: boolean;
  /** A list item (a bullet at the start of the text counts too; the parser sees it). */
  listItem: boolean;
  /** A table row: the lines of each cell. */
  cells?: TextLine[][];
  /** Rows of one table share the number. */
  table?: number;
};
