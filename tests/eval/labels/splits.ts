import { textHash } from './advert-lines';

export type SplitName = 'train' | 'validation' | 'test';

/**
 * Each labelled advert's split, fixed by its id: 60% train, 20% validation, 20% test. The test split
 * is locked: it is reported, never read to change the matcher or the readers.
 */
export function splitOf(advertId: string): SplitName {
  const bucket = parseInt(textHash(`split:${advertId}`), 16) % 10;
  return bucket < 6 ? 'train' : bucket < 8 ? 'validation' : 'test';
}
