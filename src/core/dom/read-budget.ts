/**
 * How much a reader may take of a page. A person specification is a few thousand characters and a
 * long advert page a few tens of thousands; a page far larger (a hostile or broken one) is read only
 * in part, so the tab never freezes. One budget is passed through one analysis's readers:
 * - `limit`: the most text one read takes (an element's text, the lines of the main content). Every
 *   reader stops at the same limit, so offsets read under it still place highlights;
 * - `chars`: what the analysis reads in all; past it a read still gets SMALL_READ characters, so titles,
 *   bands and dates read late stay whole;
 * - `criteria`: how many criteria have their text read; beyond them a page of thousands is only counted;
 * - `cut`: set when any reader stopped at a limit with text left over.
 */
export type ReadBudget = { readonly limit: number; chars: number; criteria: number; cut: boolean };

export const READ_LIMIT = 100_000;
export const SMALL_READ = 200;

export const readBudget = ({ limit = READ_LIMIT, chars = Infinity, criteria = Infinity } = {}): ReadBudget => ({
  limit,
  chars,
  criteria,
  cut: false,
});

/** How much one read may take now. */
export const allowance = (budget: ReadBudget): number => Math.min(budget.limit, Math.max(budget.chars, SMALL_READ));

/** A reader took `read` characters, and stopped at its allowance with more left (`cut`) or not. */
export function spend(budget: ReadBudget, read: number, cut: boolean): void {
  budget.chars -= read;
  if (cut) budget.cut = true;
}
