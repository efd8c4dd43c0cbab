import { useId } from 'preact/hooks';
import type { NoteFields } from '../../core/model/evidence-review';
import { PROFILE_LIMITS } from '../../core/model/profile';
import { noteWords } from '../../core/statement/note-text';
import { ConflictNotice } from '../components/ConflictNotice';
import { useDraft } from '../hooks/use-draft';
import { useNoteReview } from '../hooks/use-evidence-reviews';
import { useSkills } from '../hooks/use-skills';
import { EvidenceHints } from './EvidenceHints';
import '../coach.css';

type Props = {
  index: number;
  skillLabel: string;
  stored: NoteFields;
  onSave: (fields: NoteFields) => void;
  onRemove: () => void;
  autoFocus?: boolean;
};

const PARTS = [
  ['situation', 'Situation', 'Where and when: the setting, the problem or the task.'],
  ['action', 'Action', 'What you did yourself, and how.'],
  ['result', 'Result', 'What changed because of it, with numbers if you have them.'],
] as const;

/** Values skills are the taxonomy's own: their labels need no custom skills. */
const NO_CUSTOM_SKILLS: never[] = [];

/**
 * One situation–action–result example, saved as the user types, with its word count and, after a pause
 * in typing, gentle hints on what a shortlister would find in it.
 */
export function EvidenceNoteEditor({ index, skillLabel, stored, onSave, onRemove, autoFocus }: Props) {
  const id = useId();
  const draft = useDraft<NoteFields>(stored, onSave);
  const words = noteWords(draft.value);
  const review = useNoteReview(draft.value);
  const skills = useSkills(NO_CUSTOM_SKILLS);
  const written = `${draft.value.situation}${draft.value.action}${draft.value.result}`.trim() !== '';
  return (
    <fieldset class="note" data-testid="evidence-note">
      <legend>
        Example {index + 1} for {skillLabel}
      </legend>
      {draft.conflict && (
        <ConflictNotice what="This example" onKeepMine={draft.keepMine} onTakeTheirs={draft.takeTheirs} />
      )}
      {PARTS.map(([key, label, hint], i) => (
        <div class="field" key={key}>
          <label for={`${id}-${key}`}>{label}</label>
          <span class="hint" id={`${id}-${key}-hint`}>
            {hint}
          </span>
          <textarea
            id={`${id}-${key}`}
            rows={key === 'action' ? 4 : 2}
            maxLength={PROFILE_LIMITS.notePartChars}
            aria-describedby={`${id}-${key}-hint`}
            value={draft.value[key]}
            autoFocus={autoFocus && i === 0}
            onInput={(e) => draft.set({ ...draft.value, [key]: e.currentTarget.value })}
            onBlur={draft.commit}
          />
        </div>
      ))}
      {review && written && (
        <EvidenceHints review={review} label={(id) => skills?.get(id)?.label ?? id} id={`${id}-hints`} />
      )}
      <p class="note-foot">
        <span class="muted" data-testid="note-words">
          {words} word{words === 1 ? '' : 's'}
        </span>
        <button type="button" class="remove" onClick={onRemove}>
          Delete example {index + 1}
          <span class="visually-hidden"> for {skillLabel}</span>
        </button>
      </p>
    </fieldset>
  );
}
