import { strFromU8 } from 'fflate';
import type { TextLine } from '../free-text/text-line';
import { DocumentError } from './document-error';
import { MAX_DOCX_XML_BYTES, sizeText } from './document-limits';
import { readZipEntry } from './read-zip-entry';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** A character reference past Unicode (`&#x110000;`) is not a character: it is left out. */
const character = (code: number) => (code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '');
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      return character(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    }
    return ENTITIES[name] ?? whole;
  });

const attribute = (attributes: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1];
const isOff = (attributes: string) => /w:val="(?:0|false|none)"/.test(attributes);

type Paragraph = {
  parts: string[];
  lines: string[];
  heading: boolean;
  list: boolean;
  runs: number;
  boldRuns: number;
  bold: boolean;
  inText: boolean;
};
type Table = { rows: TextLine[][][]; row: TextLine[][] | null; cell: TextLine[] | null };

/**
 * A Word document's text as lines (design: advert pages §1.3): WordprocessingML read by hand —
 * paragraphs (heading styles, bold runs, numbered or bulleted lists, line breaks) and tables (rows
 * of cells; a table inside a cell adds its text to the cell).
 */
export function docxLines(bytes: Uint8Array, maxXmlBytes = MAX_DOCX_XML_BYTES): TextLine[] {
  const body = readZipEntry(bytes, 'word/document.xml', maxXmlBytes);
  if (body.ok) return documentXmlLines(strFromU8(body.bytes));
  switch (body.reason) {
    case 'too-large':
      throw new DocumentError(
        `This Word document unpacks to more than ${sizeText(maxXmlBytes)} of text: too large to read here.`,
      );
    case 'missing':
      throw new DocumentError('This .docx file has no document body.');
    case 'damaged':
      throw new DocumentError('This file is not a Word document that can be read (.docx).');
  }
}

export function documentXmlLines(xml: string): TextLine[] {
  const out: TextLine[] = [];
  const tables: Table[] = [];
  const paragraphs: Paragraph[] = [];
  let tableCount = 0;
  let runBold = false;
  let inRunProps = false;
  let inParagraphProps = false;

  const target = (): TextLine[] => tables.at(-1)?.cell ?? out;
  const emit = (paragraph: Paragraph) => {
    const lines = [...paragraph.lines, paragraph.parts.join('')].map((l) => l.replace(/\s+/g, ' ').trim());
    const bold = paragraph.runs > 0 && paragraph.boldRuns === paragraph.runs;
    const into = target();
    lines.forEach((text, i) => {
      if (!text && lines.length > 1) return;
      into.push({
        text,
        heading: paragraph.heading || (bold && text.length <= 120),
        listItem: paragraph.list && i === 0,
      });
    });
  };

  for (const match of xml.matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, closing, name, attributes = '', selfClosing, text] = match;
    const paragraph = paragraphs.at(-1);
    if (text !== undefined) {
      if (paragraph?.inText) paragraph.parts.push(decode(text));
      continue;
    }
    if (closing) {
      switch (name) {
        case 'w:p':
          if (paragraph) emit(paragraphs.pop()!);
          break;
        case 'w:t':
          if (paragraph) paragraph.inText = false;
          break;
        case 'w:rPr':
          inRunProps = false;
          break;
        case 'w:pPr':
          inParagraphProps = false;
          break;
        case 'w:tc': {
          const table = tables.at(-1);
          if (table?.row && table.cell) table.row.push(table.cell.filter((l) => l.text));
          if (table) table.cell = null;
          break;
        }
        case 'w:tr': {
          const table = tables.at(-1);
          if (table?.row) table.rows.push(table.row);
          if (table) table.row = null;
          break;
        }
        case 'w:tbl': {
          const table = tables.pop();
          if (!table) break;
          const id = ++tableCount;
          const into = target();
          for (const cells of table.rows) {
            const rowText = cells
              .map((c) => c.map((l) => l.text).join(' '))
              .filter(Boolean)
              .join(' | ');
            if (!rowText) continue;
            if (tables.length > 0) into.push(...cells.flat());
            else into.push({ text: rowText, heading: false, listItem: false, cells, table: id });
          }
          break;
        }
      }
      continue;
    }
    switch (name) {
      case 'w:p':
        if (!selfClosing)
          paragraphs.push({
            parts: [],
            lines: [],
            heading: false,
            list: false,
            runs: 0,
            boldRuns: 0,
            bold: false,
            inText: false,
          });
        else target().push({ text: '', heading: false, listItem: false });
        break;
      case 'w:pStyle': {
        const style = attribute(attributes, 'w:val') ?? '';
        if (paragraph && /^(?:heading|title|subtitle)/i.test(style)) paragraph.heading = true;
        if (paragraph && /list|bullet/i.test(style)) paragraph.list = true;
        break;
      }
      case 'w:numPr':
        if (paragraph) paragraph.list = true;
        break;
      case 'w:r':
        runBold = false;
        break;
      case 'w:rPr':
        inRunProps = !selfClosing;
        break;
      case 'w:pPr':
        inParagraphProps = !selfClosing;
        break;
      case 'w:b':
        if (inRunProps) runBold = !isOff(attributes);
        break;
      case 'w:t':
        if (!paragraph) break;
        if (!selfClosing) paragraph.inText = true;
        paragraph.runs++;
        if (runBold) paragraph.boldRuns++;
        break;
      case 'w:tab':
        if (paragraph && !inRunProps && !inParagraphProps) paragraph.parts.push(' ');
        break;
      case 'w:br':
      case 'w:cr':
        if (paragraph) {
          paragraph.lines.push(paragraph.parts.join(''));
          paragraph.parts = [];
        }
        break;
      case 'w:tbl':
        tables.push({ rows: [], row: null, cell: null });
        break;
      case 'w:tr': {
        const table = tables.at(-1);
        if (table) table.row = [];
        break;
      }
      case 'w:tc': {
        const table = tables.at(-1);
        if (table) table.cell = [];
        break;
      }
    }
  }
  return out;
}
