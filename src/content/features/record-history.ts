import { historyKey, type HistoryEntry } from '../../core/history/history-entry';
import { loadHistoryEntry, saveHistoryEntry, watchHistory } from '../../storage/history-store';
import { makeHistoryEntry, sameEntry } from '../../core/history/make-entry';
import type { AdvertPageState } from '../advert-page';
import type { AdvertFeature } from '../feature';

const WRITE_DELAY_MS = 500;

/**
 * Keeps this advert in the local history (title, employer, band, closing date, score, blockers,
 * gaps), updated as the profile changes, unless the user turned history off.
 */
export const recordHistory: AdvertFeature = (page, ctx) => {
  let last: HistoryEntry | null | undefined;
  let timer: number | undefined;
  // Removed from the history by the user while this page is open: not added back behind their back.
  let removed = false;

  const record = async (state: AdvertPageState) => {
    const { report, profile } = state;
    if (!report || state.analysis.analysed.pageKind !== 'advert' || profile.state !== 'ok') return;
    if (!profile.profile.preferences.keepHistory || removed) return;
    if (last === undefined) last = await loadHistoryEntry(report.spec.url);
    const entry = makeHistoryEntry(report, page.matcher.skills, new Date(), last?.firstSeen);
    if (last && sameEntry(last, entry)) return;
    const isNew = last === null;
    last = entry;
    // A failed write (storage full) is tried again on the next change; the page itself is unaffected.
    await saveHistoryEntry(entry, isNew).catch(() => {
      last = undefined;
    });
  };

  const recordSoon = (state: AdvertPageState) => {
    clearTimeout(timer);
    timer = ctx.setTimeout(() => void record(state), WRITE_DELAY_MS);
  };
  recordSoon(page.state);
  ctx.onInvalidated(page.subscribe(recordSoon));
  ctx.onInvalidated(
    watchHistory((removedKeys) => {
      if (removedKeys.includes(historyKey(page.state.analysis.analysed.url))) removed = true;
    }),
  );
};
