import { useEffect, useState } from 'preact/hooks';
import type { AdvertSnapshot } from '../../core/history/advert-snapshot';
import type { AnalysedSpec } from '../../core/model/analysed-spec';
import type { CustomSkill } from '../../core/model/profile';
import { askBackground } from '../../messaging/ask-background';
import { loadSnapshot } from '../../storage/snapshot-store';

export type KeptAdvert =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'error'; message: string }
  | { state: 'ok'; snapshot: AdvertSnapshot; analysed: AnalysedSpec };

/**
 * The copy of an advert kept under a history entry, its criteria matched again by the background for
 * these custom skills (the taxonomy lives there), so it is compared with the profile as it is now.
 */
export function useKeptAdvert(historyKey: string, customSkills: readonly CustomSkill[] | undefined): KeptAdvert {
  const skillsKey = JSON.stringify(customSkills ?? null);
  const [kept, setKept] = useState<KeptAdvert>({ state: 'loading' });
  useEffect(() => {
    if (!customSkills) return;
    let live = true;
    void (async () => {
      const snapshot = await loadSnapshot(historyKey).catch(() => null);
      if (!snapshot) return live && setKept({ state: 'missing' });
      try {
        const { analysed } = await askBackground({
          type: 'match',
          spec: snapshot.spec,
          customSkills: [...customSkills],
        });
        if (live) setKept({ state: 'ok', snapshot, analysed });
      } catch (error) {
        if (live) setKept({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, [historyKey, skillsKey]);
  return kept;
}
