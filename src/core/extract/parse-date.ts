const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // Welsh, with the soft-mutated forms that follow a preposition
  ionawr: 1,
  chwefror: 2,
  mawrth: 3,
  fawrth: 3,
  ebrill: 4,
  mai: 5,
  fai: 5,
  mehefin: 6,
  fehefin: 6,
  gorffennaf: 7,
  orffennaf: 7,
  awst: 8,
  medi: 9,
  fedi: 9,
  hydref: 10,
  tachwedd: 11,
  dachwedd: 11,
  rhagfyr: 12,
};

const NAMED_MONTH_DATE = /(\d{1,2})(?:st|nd|rd|th)?\s+([\p{L}]+)\.?,?\s+(\d{4})/u;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * yyyy-mm-dd when the day exists, without a Date: the first Date a page's process makes loads its time
 * zone, a few milliseconds inside the content script's read of the page. Years before 100 are refused,
 * as Date.UTC read them (as 19xx).
 */
const iso = (year: number, month: number, day: number): string | null => {
  if (year < 100 || month < 1 || month > 12 || day < 1) return null;
  const days = month === 2 && leap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= days ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : null;
};

/**
 * The first date in a sentence, as yyyy-mm-dd: "The closing date is 01 September 2026",
 * "Y dyddiad cau yw 1 Medi 2026", "Closing 05/09/2026 23:59", "2026-09-01".
 */
export function parseDate(text: string): string | null {
  const named = NAMED_MONTH_DATE.exec(text);
  if (named) {
    const month = MONTHS[named[2]!.toLowerCase()];
    if (month) return iso(Number(named[3]), month, Number(named[1]));
  }
  const numeric = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(text);
  if (numeric) return iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const isoDate = /\b(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (isoDate) return iso(Number(isoDate[1]), Number(isoDate[2]), Number(isoDate[3]));
  return null;
}
