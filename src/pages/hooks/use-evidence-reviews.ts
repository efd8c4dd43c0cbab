import { useEffect, useState } from 'preact/hooks';
import type { EvidenceReview, NoteFields } from '../../core/model/evidence-review';
import { noteKey, type ReviewOf } from '../../core/coach/shortlisting';
import type { CustomSkill, Profile } from '../../core/model/profile';
import { askBackground } from '../../messaging/ask-background';

/** Reviews already answered, by custom skills and note text: the same text always reads the same. */
const known = new Map<string, EvidenceReview>();
const KNOWN_LIMIT = 5_000;
const BATCH = 500;
const keyOf = (customSkills: string, note: NoteFields) => `${customSkills}\u0001${noteKey(note)}`;

/**
 * The background's review of these notes (the matcher lives there), each asked once. `customSkills`
 * absent: the stored profile's.
 */
export async function reviewNotes(
  notes: readonly NoteFields[],
  customSkills?: readonly CustomSkill[],
): Promise<ReviewOf> {
  const skillsKey = customSkills ? JSON.stringify(customSkills) : 'stored';
  const missing = notes.filter((n) => !known.has(keyOf(skillsKey, n)));
  // In batches the background accepts (a request holds at most 2,000 notes).
  for (let start = 0; start < missing.length; start += BATCH) {
    const fields = missing
      .slice(start, start + BATCH)
      .map(({ situation, action, result }) => ({ situation, action, result }));
    const { reviews } = await askBackground({
      type: 'review',
      notes: fields,
      ...(customSkills ? { customSkills: [...customSkills] } : {}),
    });
    if (known.size + reviews.length > KNOWN_LIMIT) known.clear();
    fields.forEach((note, i) => reviews[i] && known.set(keyOf(skillsKey, note), reviews[i]));
  }
  return (note) => known.get(keyOf(skillsKey, note));
}

/** Every example of the profile reviewed; null until the background has answered (or when it cannot). */
export function useProfileReviews(profile: Profile | null): ReviewOf | null {
  const notes = profile?.skills.flatMap((s) => s.evidence ?? []) ?? [];
  const key = profile ? JSON.stringify([profile.customSkills, notes.map(noteKey)]) : '';
  const [lookup, setLookup] = useState<{ key: string; reviewOf: ReviewOf } | null>(null);
  useEffect(() => {
    if (!profile) return;
    let live = true;
    reviewNotes(notes, profile.customSkills).then(
      (reviewOf) => live && setLookup({ key, reviewOf }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key]);
  // While newer notes are being read, the last answer stands (no flicker while typing elsewhere).
  return lookup?.reviewOf ?? null;
}

const TYPING_PAUSE_MS = 400;

/** One example's review as it is written, asked for after a pause in typing; null until answered. */
export function useNoteReview(note: NoteFields): EvidenceReview | null {
  const key = noteKey(note);
  const [review, setReview] = useState<EvidenceReview | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      reviewNotes([note]).then(
        (reviewOf) => live && setReview(reviewOf(note) ?? null),
        () => undefined,
      );
    }, TYPING_PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);
  return review;
}
