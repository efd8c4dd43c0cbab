import * as z from 'zod/mini';
import type { LineData, PageLines } from '../core/extract/lines/page-lines';
import { pageKindSchema, personSpecSchema } from '../core/model/person-spec';

/**
 * The page's lines as the advert tab sends them for the free-text reader (core/extract/lines). The tab
 * runs beside a web page, so this is input: every list, string and number is bounded, and so is the
 * text in all (pageLinesWithinCaps).
 */
export const PAGE_LINES_CAPS = {
  /** Lines in all, table cells' lines included. */
  lines: 60_000,
  /** One line's text (the reader's own limit on one read). */
  lineChars: 100_000,
  /** Text in all: the page's 500,000 characters, a table row's also counted in its cells. */
  chars: 1_200_000,
  /** A table in a table cell in a table cell… */
  depth: 4,
};

const count = z.int().check(z.nonnegative(), z.maximum(10_000_000));

type LineSchema = z.ZodMiniType<LineData>;
const lineSchema: LineSchema = z.object({
  text: z.string().check(z.maxLength(PAGE_LINES_CAPS.lineChars)),
  heading: z.boolean(),
  listItem: z.boolean(),
  element: z.optional(count),
  start: z.optional(count),
  table: z.optional(count),
  get cells() {
    return z.optional(z.array(z.array(lineSchema).check(z.maxLength(1_000))).check(z.maxLength(1_000)));
  },
});

const layoutSchema = z.enum([
  'heading-lines',
  'labels',
  'table',
  'inline-markers',
  'requirement-list',
  'spec-list',
  'prose',
  'nhs-jobs',
  'trac',
]);

const stepSchema = z.union([
  z.object({
    kind: z.literal('read'),
    spec: personSpecSchema,
    unread: z.optional(count),
    layouts: z.optional(z.array(layoutSchema).check(z.maxLength(10))),
    cut: z.boolean(),
  }),
  z.object({
    kind: z.literal('text'),
    spec: personSpecSchema,
    kindIfFound: pageKindSchema,
    prefix: z.enum(['text', 'trac', 'ld']),
    lines: z.array(lineSchema).check(z.maxLength(PAGE_LINES_CAPS.lines)),
    join: z.boolean(),
    placed: z.boolean(),
    cut: z.boolean(),
  }),
]);

export const pageLinesSchema = z.object({
  steps: z.array(stepSchema).check(z.maxLength(8)),
  documents: personSpecSchema.shape.documents.check(z.maxLength(1_000)),
});

/** Whether lines that passed the schema stay within the caps on what they hold in all. */
export function pageLinesWithinCaps(page: PageLines): boolean {
  let lines = 0;
  let chars = 0;
  const visit = (list: readonly LineData[], depth: number): boolean => {
    if (depth > PAGE_LINES_CAPS.depth) return false;
    for (const line of list) {
      lines++;
      chars += line.text.length;
      if (lines > PAGE_LINES_CAPS.lines || chars > PAGE_LINES_CAPS.chars) return false;
      if (line.cells && !line.cells.every((cell) => visit(cell, depth + 1))) return false;
    }
    return true;
  };
  return page.steps.every((step) => step.kind === 'read' || visit(step.lines, 0));
}
