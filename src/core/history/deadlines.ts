import { daysBetween } from '../compare/warnings';
import type { HistoryEntry } from './history-entry';

export type Deadline<E extends HistoryEntry = HistoryEntry> = {
  entry: E;
  /** Whole days until the closing date: 0 the day it closes. */
  days: number;
};

/** Adverts of the history still open, soonest closing first. */
export function upcomingDeadlines<E extends HistoryEntry>(entries: readonly E[], now = new Date()): Deadline<E>[] {
  return entries
    .flatMap((entry) => (entry.closingDate ? [{ entry, days: daysBetween(now, entry.closingDate) }] : []))
    .filter((d) => d.days >= 0)
    .sort((a, b) => a.days - b.days || (a.entry.title ?? '').localeCompare(b.entry.title ?? ''));
}

/** "closes today", "closes tomorrow", "closes in 12 days", "closed". */
export function closesIn(days: number): string {
  if (days < 0) return 'closed';
  if (days === 0) return 'closes today';
  if (days === 1) return 'closes tomorrow';
  return `closes in ${days} days`;
}
