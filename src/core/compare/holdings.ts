import type { EvidenceNote, Profile } from '../model/profile';
import { registrationCountsAs } from '../profile/registration-skill';

/** Everything the profile says about one skill, from its skill list, registrations and qualifications. */
export type Holding = {
  skillId: string;
  status: 'held' | 'working-towards';
  /** The earliest date the skill was gained, when known. */
  since?: string;
  notes: EvidenceNote[];
  /** Held through a registration or qualification record: the record is its own evidence. */
  recorded: boolean;
};

const hasText = (note: EvidenceNote) => `${note.situation}${note.action}${note.result}`.trim() !== '';

/** The profile's holdings by skill id: one entry per skill, however many places name it. */
export function profileHoldings(profile: Profile): Map<string, Holding> {
  const holdings = new Map<string, Holding>();
  const add = (
    skillId: string,
    status: Holding['status'],
    since: string | undefined,
    notes: EvidenceNote[],
    recorded: boolean,
  ) => {
    const current = holdings.get(skillId);
    if (!current) {
      holdings.set(skillId, { skillId, status, ...(since ? { since } : {}), notes, recorded });
      return;
    }
    const earliest = [current.since, since].filter((d): d is string => !!d).sort()[0];
    holdings.set(skillId, {
      skillId,
      status: current.status === 'held' || status === 'held' ? 'held' : 'working-towards',
      ...(earliest ? { since: earliest } : {}),
      notes: [...current.notes, ...notes],
      recorded: current.recorded || recorded,
    });
  };
  for (const skill of profile.skills)
    add(skill.skillId, skill.status, skill.since, (skill.evidence ?? []).filter(hasText), false);
  // A registration saved without "Counts as" still counts for what its body says ("NMC", "HCPC").
  for (const registration of profile.registrations) {
    const skillId = registrationCountsAs(registration);
    if (skillId) add(skillId, 'held', undefined, [], true);
  }
  for (const qualification of profile.qualifications) {
    if (!qualification.skillId) continue;
    const since = qualification.year && qualification.status === 'held' ? `${qualification.year}-07-01` : undefined;
    add(qualification.skillId, qualification.status, since, [], qualification.status === 'held');
  }
  return holdings;
}
