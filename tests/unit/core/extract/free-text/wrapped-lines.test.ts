import { describe, expect, it } from 'vitest';
import type { TextLine } from '../../../../../src/core/extract/free-text/text-line';
import { joinWrappedLines } from '../../../../../src/core/extract/free-text/wrapped-lines';

const line = (text: string, more: Partial<TextLine> = {}): TextLine => ({
  text,
  heading: false,
  listItem: false,
  ...more,
});
const texts = (lines: TextLine[]) => joinWrappedLines(lines).map((l) => l.text);

describe('lines wrapped in the middle of a sentence', () => {
  it('joins a line that carries on the sentence before it', () => {
    expect(texts([line('Applicants should have experience of working'), line('independently in a clinic.')])).toEqual([
      'Applicants should have experience of working independently in a clinic.',
    ]);
    expect(texts([line('You will hold a degree in radiography and'), line('HCPC registration.')])).toEqual([
      'You will hold a degree in radiography and HCPC registration.',
    ]);
  });

  it('leaves finished sentences, headings, list items and plain lists of items apart', () => {
    expect(texts([line('You will hold a degree.'), line('and we will train you.')])).toHaveLength(2);
    expect(texts([line('Essential criteria'), line('Registered nurse')])).toHaveLength(2);
    expect(texts([line('Experience of theatres', { listItem: true }), line('in a large hospital')])).toHaveLength(2);
    expect(texts([line('Experience of acute care'), line('Knowledge of the Mental Health Act')])).toHaveLength(2);
    expect(texts([line('Qualifications', { heading: true }), line('degree in nursing')])).toHaveLength(2);
  });

  it('joins lines of one element only when they are neighbours in its text, and keeps the first place', () => {
    const element = {} as Element;
    const other = {} as Element;
    const first = { ...line('Candidates must be able to drive between'), element, start: 10 };
    const second = { ...line('our two sites.'), element, start: 10 + first.text.length + 1 };
    expect(joinWrappedLines([first, second])).toEqual([
      { ...first, text: 'Candidates must be able to drive between our two sites.' },
    ]);
    expect(joinWrappedLines([first, { ...second, element: other }])).toHaveLength(2);
    expect(joinWrappedLines([first, { ...second, start: second.start + 5 }])).toHaveLength(2);
  });
});
