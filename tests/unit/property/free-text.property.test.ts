import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFreeText } from '../../../src/core/extract/free-text/parse-free-text';
import { assessmentMethodSchema, levelSchema } from '../../../src/core/model/criterion';
import { freeTextLine } from './arbitraries';

describe('free-text parser properties', { timeout: 60_000 }, () => {
  it('never throws, and every criterion is a non-empty part of one of the lines it was given', () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(freeTextLine, { maxLength: 40 }), (lines) => {
        for (const criterion of parseFreeText(lines)) {
          found++;
          expect(lines).toContain(criterion.line);
          expect(criterion.start).toBeGreaterThanOrEqual(0);
          expect(criterion.end).toBeGreaterThan(criterion.start);
          expect(criterion.end).toBeLessThanOrEqual(criterion.line.text.length);
          expect(criterion.line.text.slice(criterion.start, criterion.end).trim()).not.toBe('');
          expect(levelSchema.safeParse(criterion.level).success).toBe(true);
          for (const method of criterion.assessedBy)
            expect(assessmentMethodSchema.safeParse(method).success).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    expect(found).toBeGreaterThan(100);
  });

  it('reads table rows into criteria that lie inside their cells', () => {
    const cell = (text: string) => [{ text, heading: false, listItem: false }];
    const row = (texts: string[], table: number) => ({
      text: texts.join(' | '),
      heading: false,
      listItem: false,
      cells: texts.map(cell),
      table,
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            freeTextLine,
            fc.constantFrom('E', 'D', '✓', '', 'Essential'),
            fc.constantFrom('A', 'I', 'A/I', 'T', ''),
          ),
          { maxLength: 12 },
        ),
        (rows) => {
          const lines = [
            row(['Criteria', 'Essential/Desirable', 'Method of assessment'], 1),
            ...rows.map(([line, level, method]) => row([line.text, level, method], 1)),
          ];
          for (const criterion of parseFreeText(lines)) {
            expect(criterion.end).toBeLessThanOrEqual(criterion.line.text.length);
            expect(criterion.end).toBeGreaterThan(criterion.start);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
