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
let criteriaToRead = Infinity;

/** How much a reader that could take `maxChars` may read now. */
export function readAllowance(maxChars: number): number {
  return Math.min(maxChars, Math.max(budget, SMALL_READ));
}

/** A reader took this many characters. */
export function spendReadBudget(chars: number): void {
  budget -= chars;
}

/**
 * Runs `read` with `chars` characters to read from the page across all its reads, and the text of
 * at most `criteria` criteria read (see `criteriaAllowance`); either left out stays as it was.
 */
export function withReadBudget<T>(limits: { chars?: number; criteria?: number }, read: () => T): T {
  const outer = { budget, criteriaToRead };
  budget = limits.chars ?? budget;
  criteriaToRead = limits.criteria ?? criteriaToRead;
  try {
    return read();
  } finally {
    ({ budget, criteriaToRead } = outer);
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

/**
 * How many criteria a reader still reads the text of in this analysis; beyond them a page of
 * thousands is only counted (their text would never be analysed).
 */
export const criteriaAllowance = (): number => criteriaToRead;
