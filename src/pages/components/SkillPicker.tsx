import { useId, useMemo, useState } from 'preact/hooks';
import type { Skill } from '../../core/model/skill';
import { buildSearchIndex, searchSkills } from '../../core/taxonomy/search-skills';

type Props = {
  skills: ReadonlyMap<string, Skill>;
  /** Skills already in the profile, left out of the suggestions. */
  exclude: ReadonlySet<string>;
  onPick: (skillId: string) => void;
  label?: string;
};

/** A combobox (WAI-ARIA pattern): type a label, variant or abbreviation; arrows, Enter, Escape. */
export function SkillPicker({ skills, exclude, onPick, label = 'Add a skill' }: Props) {
  const id = useId();
  const index = useMemo(() => buildSearchIndex(skills.values()), [skills]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(
    () =>
      searchSkills(index, query, 12)
        .filter((s) => !exclude.has(s.id))
        .slice(0, 8),
    [index, query, exclude],
  );
  const open = query.trim().length > 0;

  const pick = (skill: Skill | undefined) => {
    if (!skill) return;
    onPick(skill.id);
    setQuery('');
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'Enter') pick(results[active]);
    else if (event.key === 'Escape') setQuery('');
    else return;
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
        aria-activedescendant={open && results[active] ? `${id}-${results[active]!.id}` : undefined}
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
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
    </div>
  );
}
