import type { EvidenceNote } from '../model/profile';
import { countWords } from './word-count';

/** A note as one paragraph: situation, action, result, in that order, skipping empty parts. */
export function noteText(note: Pick<EvidenceNote, 'situation' | 'action' | 'result'>): string {
  return [note.situation, note.action, note.result]
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join(' ');
}

export const noteWords = (note: Pick<EvidenceNote, 'situation' | 'action' | 'result'>): number =>
  countWords(noteText(note));
