import { describe, expect, it } from 'vitest';
import { splitVariants } from '../../../../src/pages/profile/split-variants';

describe('splitting the other wordings of a custom skill', () => {
  it('splits on lines, commas and semicolons, trims, and keeps each wording once', () => {
    expect(splitVariants(' venepuncture, taking  bloods\nPhlebotomy; ; venepuncture\nVENEPUNCTURE ')).toEqual([
      'venepuncture',
      'taking bloods',
      'Phlebotomy',
    ]);
    expect(splitVariants('')).toEqual([]);
  });
});
