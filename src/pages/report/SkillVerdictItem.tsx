import type { SkillVerdict } from '../../core/model/report';
import type { Skill } from '../../core/model/skill';
import type { SkillHit } from '../../core/model/skill-hit';
import { WhyDisclosure } from './WhyDisclosure';

const SATISFIED_TEXT = {
  held: 'in your profile',
  'working-towards': 'you are working towards it',
  broader: 'partly, through a related skill',
  no: 'not in your profile yet',
} as const;

type Props = {
  verdict: SkillVerdict;
  /** Where the advert names the skill in the criterion. */
  hits: SkillHit[];
  /** The profile skill that satisfies it has no example yet. */
  needsNote: boolean;
  skills: ReadonlyMap<string, Skill>;
  onAddSkill?: (skillId: string) => void;
  onAddEvidence?: (skillId: string) => void;
};

/** One skill a criterion asks for: where the profile stands, what to do about it, and why it was recognised. */
export function SkillVerdictItem({ verdict, hits, needsNote, skills, onAddSkill, onAddEvidence }: Props) {
  const label = (id: string) => skills.get(id)?.label ?? id;
  const holder = verdict.via ?? verdict.skillId;
  return (
    <li class={`skill skill--${verdict.satisfied}`}>
      <span class="skill-name">{label(verdict.skillId)}</span>
      <span class="skill-state">
        {': '}
        {SATISFIED_TEXT[verdict.satisfied]}
        {verdict.via && verdict.via !== verdict.skillId ? ` (${label(verdict.via)})` : ''}
        {needsNote ? ', no example yet' : ''}
      </span>
      <span class="skill-actions">
        {verdict.satisfied === 'no' && onAddSkill && (
          <button type="button" class="add" onClick={() => onAddSkill(verdict.skillId)}>
            I have this<span class="visually-hidden"> ({label(verdict.skillId)})</span>
          </button>
        )}
        {needsNote && onAddEvidence && (
          <button type="button" class="add" onClick={() => onAddEvidence(holder)}>
            Add evidence<span class="visually-hidden"> for {label(holder)}</span>
          </button>
        )}
        <WhyDisclosure skillLabel={label(verdict.skillId)} hits={hits} verdict={verdict} label={label} />
      </span>
    </li>
  );
}
