import { useEffect, useState } from 'preact/hooks';
import { loadHistory, watchHistory, type HistoryList } from '../../storage/history-store';

/** The stored history, kept current as advert tabs record entries. */
export function useHistory(): HistoryList | null {
  const [list, setList] = useState<HistoryList | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void loadHistory().then((l) => live && setList(l));
    load();
    const unwatch = watchHistory(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return list;
}
