import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { newId } from '../../core/profile/new-id';
import type { ProfileSkill } from '../../core/model/profile';
import { noteWords } from '../../core/statement/note-text';
import { evidenceAnchor } from '../open-options';
import { EvidenceNoteEditor } from './EvidenceNoteEditor';
import type { NoteFields } from '../../core/model/evidence-review';

type Props = {
  entry: ProfileSkill;
  label: string;
  /** The skill is one the user defined (shown as such). */
  custom: boolean;
  known: boolean;
  /** A registration or qualification: checked on a register or certificate, so notes are optional. */
  selfEvident: boolean;
  /** Opened from a link to this skill's evidence. */
  focused: boolean;
  /** The skill just added on this page: marked so it is easy to find. */
  justAdded?: boolean;
  onStatus: (status: ProfileSkill['status']) => void;
  onSince: (since: string | undefined) => void;
  onSaveNote: (noteId: string, fields: NoteFields) => void;
  onRemoveNote: (noteId: string) => void;
  onRemove: () => void;
};

const EMPTY: NoteFields = { situation: '', action: '', result: '' };

/** One skill of the profile: whether it is held, since when, and its evidence notes. */
export function SkillCard({
  entry,
  label,
  custom,
  known,
  selfEvident,
  focused,
  justAdded = false,
  onStatus,
  onSince,
  onSaveNote,
  onRemoveNote,
  onRemove,
}: Props) {
  const id = useId();
  const notes = entry.evidence ?? [];
  // Examples added on this page and not saved yet (empty): shown as editors until written in.
  const [fresh, setFresh] = useState<string[]>(() => (focused && notes.length === 0 ? [newId('note')] : []));
  const [open, setOpen] = useState(focused);
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (focused) details.current?.scrollIntoView({ block: 'start' });
  }, [focused]);
  // The example just asked for with "Add an example": its first box gets the cursor once it is drawn.
  const [focusNote, setFocusNote] = useState<string | null>(null);
  useEffect(() => {
    if (!focusNote) return;
    const box = details.current?.querySelector<HTMLElement>(`[data-note-id="${focusNote}"] textarea`);
    box?.scrollIntoView({ block: 'nearest' });
    box?.focus();
    setFocusNote(null);
  }, [focusNote]);
  const addExample = () => {
    const noteId = newId('note');
    setFresh((f) => [...f, noteId]);
    setOpen(true);
    setFocusNote(noteId);
  };

  const saved = new Set(notes.map((n) => n.id));
  const editors = [
    ...notes.map((n) => ({ id: n.id, stored: { situation: n.situation, action: n.action, result: n.result } })),
    ...fresh.filter((f) => !saved.has(f)).map((f) => ({ id: f, stored: EMPTY })),
  ];
  const words = notes.reduce((sum, n) => sum + noteWords(n), 0);

  return (
    <li
      class={`skill-card${justAdded ? ' skill-card--new' : ''}`}
      data-skill-id={entry.skillId}
      id={evidenceAnchor(entry.skillId)}
    >
      <div class="skill-card-head">
        <span class="skill-card-label">
          {label}
          {justAdded && <span class="tag tag--new">just added</span>}
          {custom && <span class="tag">your skill</span>}
          {!known && <span class="tag tag--warning">not in this version's skills list</span>}
        </span>
        <span class="skill-card-actions">
          <button type="button" class="add" onClick={addExample}>
            Add an example<span class="visually-hidden"> for {label}</span>
          </button>
          <button type="button" class="remove" aria-label={`Remove ${label}`} onClick={onRemove}>
            Remove
          </button>
        </span>
      </div>
      <div class="skill-card-fields">
        <div class="field field--inline">
          <label for={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={entry.status}
            onChange={(e) => onStatus(e.currentTarget.value as ProfileSkill['status'])}
          >
            <option value="held">I have this</option>
            <option value="working-towards">Working towards it</option>
          </select>
        </div>
        <div class="field field--inline">
          <label for={`${id}-since`}>Since</label>
          <input
            id={`${id}-since`}
            type="date"
            value={entry.since ?? ''}
            onChange={(e) => onSince(e.currentTarget.value || undefined)}
          />
        </div>
      </div>
      <details ref={details} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary data-testid="evidence-summary">
          Evidence:{' '}
          {notes.length === 0
            ? selfEvident
              ? 'optional (checked on the register or certificate)'
              : 'no examples yet'
            : `${notes.length} example${notes.length === 1 ? '' : 's'}, ${words} words`}
          <span class="visually-hidden"> for {label}</span>
        </summary>
        {editors.map((editor, i) => (
          <div key={editor.id} data-note-id={editor.id}>
            <EvidenceNoteEditor
              index={i}
              skillLabel={label}
              stored={editor.stored}
              autoFocus={focused && i === 0 && notes.length === 0}
              onSave={(fields) => onSaveNote(editor.id, fields)}
              onRemove={() => {
                setFresh((f) => f.filter((x) => x !== editor.id));
                if (saved.has(editor.id)) onRemoveNote(editor.id);
              }}
            />
          </div>
        ))}
      </details>
    </li>
  );
}
