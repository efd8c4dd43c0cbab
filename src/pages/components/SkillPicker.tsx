import { useId, useMemo, useState } from 'preact/hooks';
import type { Skill } from '../../core/model/skill';
import { buildSearchIndex, exactMatches, searchSkills } from '../../core/taxonomy/search-skills';
import { AddedNotice, type Added } from './AddedNotice';

type Props = {
  skills: ReadonlyMap<string, Skill>;
  /** Skills already in the profile, left out of the suggestions. */
  exclude: ReadonlySet<string>;
  onPick: (skillId: string) => void;
  /** Takes back a skill just added ("Added X · Undo"); without it, no Undo is offered. */
  onUndo?: (skillId: string) => void;
  label?: string;
};

/**
 * A combobox with a list of suggestions (WAI-ARIA APG, list autocomplete with manual selection): typing
 * suggests, nothing is chosen until ↓ or ↑ moves to a suggestion, Enter adds the one chosen. Enter with
 * none chosen adds the skill only when exactly one skill is named exactly as typed ("Excel", "RGN");
 * otherwise it adds nothing and says how to choose. Escape closes the list, then clears the text.
 */
export function SkillPicker({ skills, exclude, onPick, onUndo, label = 'Add a skill' }: Props) {
  const id = useId();
  const index = useMemo(() => buildSearchIndex(skills.values()), [skills]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<number | null>(null);
  const [closed, setClosed] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const [added, setAdded] = useState<Added | null>(null);
  const results = useMemo(
    () =>
      searchSkills(index, query, 12)
        .filter((s) => !exclude.has(s.id))
        .slice(0, 8),
    [index, query, exclude],
  );
  const open = query.trim().length > 0 && !closed;
  const activeSkill = open && active !== null ? results[active] : undefined;

  const pick = (skill: Skill) => {
    onPick(skill.id);
    setAdded({ skillId: skill.id, label: skill.label, undone: false });
    setQuery('');
    setActive(null);
    setHint(null);
  };

  const enter = () => {
    if (activeSkill) return pick(activeSkill);
    const exact = exactMatches(index, query).filter((s) => !exclude.has(s.id));
    if (exact.length === 1) return pick(exact[0]!);
    if (query.trim()) setHint('Choose a skill from the list: ↓ to move to it, then Enter.');
  };

  const move = (step: 1 | -1) => {
    setClosed(false);
    setHint(null);
    if (results.length === 0) return;
    setActive((a) =>
      a === null ? (step === 1 ? 0 : results.length - 1) : (a + step + results.length) % results.length,
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter') enter();
    else if (event.key === 'Escape') {
      if (open) setClosed(true);
      else setQuery('');
      setActive(null);
    } else return;
    event.preventDefault();
  };

  return (
    <div class="picker">
      <label for={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autocomplete="off"
        placeholder="e.g. clinical audit, RGN, ILM, Excel"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-activedescendant={activeSkill ? `${id}-${activeSkill.id}` : undefined}
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(null);
          setClosed(false);
          setHint(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setActive(null)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Matching skills" hidden={!open}>
        {results.map((skill, i) => (
          <li
            key={skill.id}
            id={`${id}-${skill.id}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(skill)}
          >
            {skill.label}
          </li>
        ))}
        {open && results.length === 0 && (
          <li class="empty" role="presentation">
            No matching skill
          </li>
        )}
      </ul>
      {hint && (
        <p id={`${id}-hint`} class="hint" role="status">
          {hint}
        </p>
      )}
      <AddedNotice
        added={added}
        onUndo={
          onUndo &&
          ((skillId) => {
            onUndo(skillId);
            setAdded((a) => a && { ...a, undone: true });
          })
        }
      />
    </div>
  );
}
