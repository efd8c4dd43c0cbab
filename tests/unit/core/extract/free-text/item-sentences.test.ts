import { describe, expect, it } from 'vitest';
import { parseFreeText } from '../../../../../src/core/extract/free-text/parse-free-text';
import type { TextLine } from '../../../../../src/core/extract/free-text/text-line';

/** A heading line, then list items (or, with `paragraphs`, plain lines). */
const read = (paragraphs: boolean, ...texts: string[]) =>
  parseFreeText(texts.map((text, i): TextLine => ({ text, heading: false, listItem: i > 0 && !paragraphs }))).map(
    (c) => [c.level, c.line.text.slice(c.start, c.end)],
  );
const parse = (...texts: string[]) => read(false, ...texts);

describe('the sentences of a list item', () => {
  it('reads each requirement sentence of an item as a criterion of its own, and leaves out a note', () => {
    expect(
      parse(
        'Essential',
        'Experience of running a hearing clinic. Also knowledge of paediatric audiology.',
        'Proficient with spreadsheets. Full training will be given on our booking system.',
      ),
    ).toEqual([
      ['essential', 'Experience of running a hearing clinic'],
      ['essential', 'Also knowledge of paediatric audiology'],
      ['essential', 'Proficient with spreadsheets'],
    ]);
  });

  it('keeps an item whole when its first words name it, or when a sentence gives the level of the one before', () => {
    expect(
      parse(
        'Essential',
        'Practice assessor. A recognised assessor qualification, or one gained within a year of starting.',
        'Good keyboard skills. This is essential as most of the work is typed.',
      ),
    ).toEqual([
      ['essential', 'Practice assessor. A recognised assessor qualification, or one gained within a year of starting.'],
      ['essential', 'Good keyboard skills. This is essential as most of the work is typed.'],
    ]);
  });
});

describe('the clauses of a paragraph in a specification', () => {
  it('keeps the clause that asks and leaves out the clause that describes the post', () => {
    expect(
      read(
        true,
        'Essential',
        'The clinic is busy with calls from families all day, therefore you must have a calm telephone manner.',
        'Our office is in the town centre and a full driving licence is essential.',
      ).map(([, text]) => text),
    ).toEqual(['you must have a calm telephone manner', 'a full driving licence is essential']);
  });
});
