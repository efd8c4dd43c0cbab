import {
  removeEvidenceNote,
  removeSkill,
  saveEvidenceNote,
  setSkillSince,
  updateSkill,
  type ProfileChange,
} from '../../core/profile/edit-profile';
import type { ProfileSkill } from '../../core/model/profile';
import type { NoteFields } from '../../core/model/evidence-review';

export type SkillCardActions = {
  onStatus: (status: ProfileSkill['status']) => void;
  onSince: (since: string | undefined) => void;
  onSaveNote: (noteId: string, fields: NoteFields) => void;
  onRemoveNote: (noteId: string) => void;
  onRemove: () => void;
};

/**
 * What a skill card's controls change in the profile. Removing a skill with examples asks first: they
 * would go with it.
 */
export function skillCardActions(
  entry: ProfileSkill,
  label: string,
  update: (change: ProfileChange) => void,
): SkillCardActions {
  const { skillId } = entry;
  return {
    onStatus: (status) => update((p) => updateSkill(p, skillId, (s) => ({ ...s, status }))),
    onSince: (since) => update((p) => setSkillSince(p, skillId, since)),
    onSaveNote: (noteId, fields) => update((p) => saveEvidenceNote(p, skillId, noteId, fields)),
    onRemoveNote: (noteId) => update((p) => removeEvidenceNote(p, skillId, noteId)),
    onRemove: () => {
      const notes = entry.evidence?.length ?? 0;
      const examples = notes === 1 ? 'example' : `${notes} examples`;
      if (
        notes > 0 &&
        !confirm(`Remove ${label} and its ${examples}? Export your profile first if you may want them back.`)
      )
        return;
      update((p) => removeSkill(p, skillId));
    },
  };
}
