import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../../src/core/extract/parse-date';

describe('parseDate', () => {
  it.each([
    ['The closing date is 01 September 2026', '2026-09-01'],
    ['Closing date: 3rd March 2027', '2027-03-03'],
    ['Y dyddiad cau yw 15 Ionawr 2027', '2027-01-15'],
    ['Closing 05/09/2026 23:59', '2026-09-05'],
    ['2026-12-31T23:59:59+0000', '2026-12-31'],
    ['1 Sept 2026', '2026-09-01'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('returns null for text without a real date', () => {
    expect(parseDate('This job is now closed')).toBeNull();
    expect(parseDate('31 February 2026')).toBeNull();
    expect(parseDate('45/13/2026')).toBeNull();
    expect(parseDate('0/10/2026')).toBeNull();
    expect(parseDate('29 February 2027')).toBeNull();
    expect(parseDate('31 April 2027')).toBeNull();
    expect(parseDate('29 February 1900')).toBeNull();
    expect(parseDate('01/01/0026')).toBeNull();
  });

  it('knows leap years and pads the fields', () => {
    expect(parseDate('29 February 2028')).toBe('2028-02-29');
    expect(parseDate('29 February 2000')).toBe('2000-02-29');
    expect(parseDate('1/2/2026')).toBe('2026-02-01');
    expect(parseDate('31 December 0999')).toBe('0999-12-31');
  });
});
