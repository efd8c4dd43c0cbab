import type { LinkSuggestion as Suggestion } from '../../core/coach/suggestions';
import type { Profile } from '../../core/model/profile';
import type { Skill } from '../../core/model/skill';
import { noteText } from '../../core/statement/note-text';

type Props = {
  suggestion: Suggestion;
  profile: Profile;
  skills: ReadonlyMap<string, Skill>;
  onLink?: (suggestion: Suggestion) => void;
};

const EXCERPT = 90;

/** "Your Clinical audit example also evidences this": one click links it to the skill the criterion asks for. */
export function LinkSuggestion({ suggestion, profile, skills, onLink }: Props) {
  const { from, skillId } = suggestion;
  const note = profile.skills.find((s) => s.skillId === from.skillId)?.evidence?.find((n) => n.id === from.noteId);
  if (!note) return null;
  const label = (id: string) => skills.get(id)?.label ?? id;
  const text = noteText(note);
  const cut = text.lastIndexOf(' ', EXCERPT);
  const excerpt = text.length > EXCERPT ? `${text.slice(0, cut > EXCERPT / 2 ? cut : EXCERPT)}…` : text;
  const held = profile.skills.some((s) => s.skillId === skillId);
  return (
    <p class="suggestion" data-testid="link-suggestion">
      <span aria-hidden="true">↪ </span>
      Your {label(from.skillId)} example (“{excerpt}”) also evidences {label(skillId)}.
      {onLink && (
        <button type="button" class="add" onClick={() => onLink(suggestion)}>
          Link it to {label(skillId)}
          {held ? '' : ' (adds the skill)'}
        </button>
      )}
    </p>
  );
}
