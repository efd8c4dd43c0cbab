import { describe, expect, it } from 'vitest';
import { looseCriteria } from '../../../../../src/core/extract/free-text/loose-criteria';
import { DEFAULT_CODES } from '../../../../../src/core/extract/free-text/assessment';
import type { FreeTextCriterion } from '../../../../../src/core/extract/free-text/free-text-criterion';
import type { TextLine } from '../../../../../src/core/extract/free-text/text-line';

const read = (text: string) => {
  const found: FreeTextCriterion<TextLine>[] = [];
  looseCriteria({ text, heading: false, listItem: false }, DEFAULT_CODES, found);
  return found.map((c) => [text.slice(c.start, c.end), c.level]);
};

describe('a line outside a specification', () => {
  it('reads a marked item as one criterion', () => {
    expect(read('Phlebotomy (desirable)')).toEqual([['Phlebotomy', 'desirable']]);
    expect(read('Experience of audit is desirable.')).toEqual([['Experience of audit is desirable.', 'desirable']]);
  });

  it('reads a line whose level words mark parts at different levels as prose, a criterion per part', () => {
    expect(read('Experience of ward clerking is essential, and experience in a hospice is desirable.')).toEqual([
      ['Experience of ward clerking is essential', 'essential'],
      ['experience in a hospice is desirable', 'desirable'],
    ]);
  });

  it('leaves out a clause about the post before "so … is essential", and keeps a line cut only at "and"', () => {
    expect(read('Theatre records are kept on computer, so IT skills are essential.')).toEqual([
      ['IT skills are essential', 'essential'],
    ]);
    expect(read('The role covers several towns, a full licence and car is essential.')).toEqual([
      ['The role covers several towns, a full licence and car is essential.', 'essential'],
    ]);
  });
});
