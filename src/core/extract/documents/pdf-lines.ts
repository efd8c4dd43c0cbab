import { tableHeaderRoles } from '../free-text/parse-table';
import type { TextLine } from '../free-text/text-line';

/** A run of text on a PDF page: x from the left, y of the baseline from the top, in points. */
export type PdfItem = { str: string; x: number; y: number; width: number; size: number };
export type PdfPage = { items: PdfItem[] };

type Segment = { x: number; end: number; text: string; size: number };
type VisualLine = { y: number; size: number; segments: Segment[] };

const BULLET_START = /^[•·▪●◦‣∙■□➢➤►✓✔❖→-]\s*/;

/** A capital, a digit, a bracket or a quote: how a line of its own starts. */
const STARTS_LIKE_A_LINE = /^[\p{Lu}\d(“"‘']/u;

/** Items on one baseline, left to right, joined into segments wherever the gap is a word space. */
function visualLines(page: PdfPage): VisualLine[] {
  const items = page.items.filter((i) => i.str.trim()).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; size: number; items: PdfItem[] }[] = [];
  for (const item of items) {
    const line = lines.find((l) => Math.abs(l.y - item.y) < 0.5 * Math.max(l.size, item.size));
    if (line) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else lines.push({ y: item.y, size: item.size, items: [item] });
  }
  lines.sort((a, b) => a.y - b.y);
  return lines.map((line) => {
    const sorted = line.items.sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    for (const item of sorted) {
      const last = segments.at(-1);
      const gap = last ? item.x - last.end : Infinity;
      if (last && gap < 0.6 * item.size) {
        const space = gap > 0.12 * item.size && !last.text.endsWith(' ') && !item.str.startsWith(' ') ? ' ' : '';
        last.text += space + item.str;
        last.end = Math.max(last.end, item.x + item.width);
      } else {
        segments.push({ x: item.x, end: item.x + item.width, text: item.str, size: item.size });
      }
    }
    for (const s of segments) s.text = s.text.replace(/\s+/g, ' ').trim();
    return { y: line.y, size: line.size, segments: segments.filter((s) => s.text) };
  });
}

/**
 * Lines of one column (a page's body, or a table cell) joined back into paragraphs and items: a
 * line continues the one before unless it starts with a bullet, follows a gap, or starts a new
 * sentence after a line that ended short.
 */
type Part = { y: number; size: number; x: number; end: number; text: string };

function joinWrapped(parts: readonly Part[], right: number, width: number, bodySize = Infinity): TextLine[] {
  const lines: TextLine[] = [];
  let previous: (typeof parts)[number] | null = null;
  for (const part of parts) {
    const bullet = BULLET_START.test(part.text);
    const last = lines.at(-1);
    const wrapped =
      previous !== null &&
      last !== undefined &&
      !bullet &&
      part.y - previous.y <= 1.45 * part.size &&
      Math.abs(part.size - previous.size) < 0.5 &&
      (!STARTS_LIKE_A_LINE.test(part.text) ||
        (previous.end >= right - Math.max(3 * part.size, 0.2 * width) && !/[.:;!?]$/.test(previous.text)));
    if (wrapped) last.text += ` ${part.text}`;
    else lines.push({ text: part.text, heading: part.size >= 1.15 * bodySize, listItem: bullet });
    previous = part;
  }
  return lines;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * A PDF's text as lines for the free-text parser: positioned runs → baselines → segments; a row
 * whose segments name Essential/Desirable (and Criteria, Method …) columns starts a table, and the
 * rows below it, split where the vertical gap is wider than a line, become rows of cells.
 */
export function pdfLines(pages: readonly PdfPage[]): TextLine[] {
  const all = pages.map(visualLines);
  const bodySize = median(all.flat().map((l) => l.size)) || 10;
  const out: TextLine[] = [];
  let table = 0;
  let columns: number[] | null = null;
  let rowParts: { column: number; part: Part }[] = [];
  let rowBottom = -Infinity;

  const flushRow = () => {
    if (!columns || rowParts.length === 0) return;
    const cells: TextLine[][] = columns.map((left, c) => {
      const right = (columns![c + 1] ?? Infinity) - 0.4 * bodySize;
      const parts = rowParts.filter((p) => p.column === c).map((p) => p.part);
      const width = Number.isFinite(right) ? right - left : 200;
      return joinWrapped(parts, Number.isFinite(right) ? right : Math.max(...parts.map((p) => p.end), 0), width);
    });
    const text = cells
      .map((c) => c.map((l) => l.text).join(' '))
      .filter(Boolean)
      .join(' | ');
    if (text) out.push({ text, heading: false, listItem: false, table, cells });
    rowParts = [];
  };

  for (const lines of all) {
    if (lines.length === 0) continue;
    const left = Math.min(...lines.flatMap((l) => l.segments.map((s) => s.x)));
    const right = Math.max(...lines.flatMap((l) => l.segments.map((s) => s.end)));
    let body: Part[] = [];
    const flushBody = () => {
      out.push(...joinWrapped(body, right, right - left, bodySize));
      body = [];
    };

    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const texts = line.segments.map((s) => s.text);
      // A header row: its wrapped second line ("How" / "assessed") joins it first.
      const next = lines[i + 1];
      const headerTexts =
        next && next.y - line.y <= 1.45 * line.size && line.segments.length > 1
          ? line.segments.map((s) =>
              [s.text, ...next.segments.filter((n) => Math.abs(n.x - s.x) < 2).map((n) => n.text)].join(' '),
            )
          : texts;
      const roles = line.segments.length > 1 ? (tableHeaderRoles(headerTexts) ?? tableHeaderRoles(texts)) : null;
      if (roles) {
        flushBody();
        flushRow();
        const repeated =
          columns !== null &&
          columns.length === line.segments.length &&
          columns.every((c, k) => Math.abs(c - line.segments[k]!.x) < 2);
        if (!repeated) {
          table++;
          columns = line.segments.map((s) => s.x);
          out.push({
            text: texts.join(' | '),
            heading: true,
            listItem: false,
            table,
            cells: headerTexts.map((t) => [{ text: t, heading: true, listItem: false }]),
          });
        }
        if (headerTexts !== texts) i++;
        rowBottom = lines[i]!.y;
        continue;
      }
      if (columns) {
        const inTable =
          line.segments.every((s) => s.x >= columns![0]! - 2) &&
          !(
            line.segments.length === 1 &&
            line.segments[0]!.end > (columns[1] ?? Infinity) &&
            texts[0]!.split(' ').length > 8
          );
        if (inTable) {
          if (line.y - rowBottom > 1.45 * line.size) flushRow();
          for (const segment of line.segments) {
            let column = 0;
            while (column + 1 < columns.length && segment.x >= columns[column + 1]! - 2) column++;
            rowParts.push({ column, part: { ...segment, y: line.y, size: line.size } });
          }
          rowBottom = line.y;
          continue;
        }
        flushRow();
        columns = null;
      }
      const first = line.segments[0]!;
      body.push({ y: line.y, size: line.size, x: first.x, end: line.segments.at(-1)!.end, text: texts.join(' ') });
    }
    flushBody();
    // A table may go on over the page; its rows continue only if the next page's lines fit its columns.
    flushRow();
    rowBottom = -Infinity;
  }
  flushRow();
  return out;
}
