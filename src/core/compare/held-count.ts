import type { LevelCounts } from '../model/report';

/** Criteria the profile meets, with or without evidence yet. */
export const heldCount = (counts: LevelCounts): number => counts.met + counts.notEvidenced;
