/**
 * The most text one read of the page takes (an element's text, the lines of the main content). A
 * person specification is a few thousand characters and a long advert page a few tens of
 * thousands; a page far larger (a hostile or broken one) is read up to here, so the tab never
 * freezes. Every reader stops at the same limit, so offsets read under it still place highlights.
 */
export const READ_LIMIT = 100_000;

/**
 * What one analysis reads of a page in all (analysePage sets it), so a page of thousands of
 * elements is not read element by element to the end. Past it, a read still gets `SMALL_READ`
 * characters: titles, bands and dates read late stay whole.
 */
export const PAGE_READ_BUDGET = 500_000;
export const SMALL_READ = 200;

let budget = Infinity;

/** How much a reader that could take `maxChars` may read now. */
export function readAllowance(maxChars: number): number {
  return Math.min(maxChars, Math.max(budget, SMALL_READ));
}

/** A reader took this many characters. */
export function spendReadBudget(chars: number): void {
  budget -= chars;
}

/** Runs `read` with `total` characters to read from the page across all its reads. */
export function withReadBudget<T>(total: number, read: () => T): T {
  const outer = budget;
  budget = total;
  try {
    return read();
  } finally {
    budget = outer;
  }
}

let cuts = 0;

/** A reader stopped at the limit with text left over. */
export function noteCut(): void {
  cuts++;
}

/** Runs `read` and tells whether any reader stopped at the limit meanwhile. */
export function watchCuts<T>(read: () => T): { value: T; cut: boolean } {
  const before = cuts;
  const value = read();
  return { value, cut: cuts > before };
}

let criteriaToRead = Infinity;

/**
 * How many criteria a reader still reads the text of in this analysis; beyond them a page of
 * thousands is only counted (their text would never be analysed).
 */
export const criteriaAllowance = (): number => criteriaToRead;

/** Runs `read` reading the text of at most `max` criteria. */
export function withCriteriaBudget<T>(max: number, read: () => T): T {
  const outer = criteriaToRead;
  criteriaToRead = max;
  try {
    return read();
  } finally {
    criteriaToRead = outer;
  }
}
