import { describe, expect, it } from 'vitest';
import { emptyProfile, profileSchema, type Profile } from '../../../../src/core/model/profile';
import { linkEvidenceNote } from '../../../../src/core/profile/link-evidence';

const NOW = new Date('2026-11-24T12:00:00Z');
const note = (id: string, situation = 'S') => ({ id, situation, action: 'A', result: 'R' });
const profile = (risk: ReturnType<typeof note>[]): Profile => ({
  ...emptyProfile(NOW),
  skills: [
    { skillId: 'gov-audit', status: 'held', evidence: [note('falls', 'Falls rose')] },
    { skillId: 'gov-risk', status: 'held', evidence: risk },
  ],
});

describe('linking an example to another skill', () => {
  it('adds a copy under a new id, and the profile stays valid', () => {
    const linked = linkEvidenceNote(profile([]), { skillId: 'gov-audit', noteId: 'falls' }, 'gov-risk', 'copy', NOW);
    expect(linked.skills[1]!.evidence).toEqual([{ ...note('copy', 'Falls rose'), updatedAt: NOW.toISOString() }]);
    expect(linked.skills[0]!.evidence).toEqual([note('falls', 'Falls rose')]);
    expect(linked.updatedAt).toBe(NOW.toISOString());
    expect(profileSchema.safeParse(linked).success).toBe(true);
  });

  it('changes nothing when the skill is full, is the same skill, or already has the text', () => {
    const full = profile(Array.from({ length: 20 }, (_, i) => note(`n${i}`)));
    expect(linkEvidenceNote(full, { skillId: 'gov-audit', noteId: 'falls' }, 'gov-risk', 'copy', NOW)).toBe(full);
    const p = profile([note('mine', 'Falls rose')]);
    expect(linkEvidenceNote(p, { skillId: 'gov-audit', noteId: 'falls' }, 'gov-risk', 'copy', NOW)).toBe(p);
    expect(linkEvidenceNote(p, { skillId: 'gov-audit', noteId: 'falls' }, 'gov-audit', 'copy', NOW)).toBe(p);
  });
});
