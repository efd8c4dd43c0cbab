import { EXPERIENCE_FRAMES } from '../../taxonomy/experience-frames';
import { SPECIALTIES } from '../../taxonomy/specialties';
import type { Candidate } from '../find-candidates';
import type { MatchContext } from '../match-context';

/**
 * A role without registration: an assistant, a support worker, a secretary. A profession word before it
 * ("Pharmacy Assistant", "Medical Secretary") names where the role works, not a register the holder is on.
 */
const SUPPORT_ROLE = new RegExp(
  '\\b(assistants?|support workers?|HCAs?|CSWs?|carers?|secretar(y|ies)|receptionists?|administrators?|clerks?|' +
    'technical instructors?|TIs?|phlebotomists?|dispensers?)\\b',
  'i',
);
/** "Assistant Director", "Assistant Psychologist": the support word qualifies another post. */
const QUALIFIES_POST = /\bassistant\s+(director|manager|psychologist|practitioner|head|chief|lead|officer)\b/i;

/** Whether the advert's title is a support role, which labelling rule 9 gives care experience, not a specialty. */
export const supportRoleTitle = (title: string | null | undefined): boolean =>
  !!title && SUPPORT_ROLE.test(title) && !QUALIFIES_POST.test(title);

/** Specialties that are places of care in general ("acute", "the community", "general practice"), not fields. */
const CARE_PLACES = new Set(['acute care', 'community', 'primary care']);
/** Places named among the phrases of a field: a pharmacy is a place, aseptic work a field. */
const OTHER_PLACES = ['pharmacy', 'hospital pharmacy', 'community pharmacy', 'dispensary', 'hospice'];
const PLACE_PHRASES = new Set([
  ...SPECIALTIES.filter(([name]) => CARE_PLACES.has(name)).flatMap(([, phrases]) =>
    phrases.map((p) => p.toLowerCase()),
  ),
  ...OTHER_PLACES,
]);

const SPECIALTY = EXPERIENCE_FRAMES.skillId;
const CARE_SETTING = EXPERIENCE_FRAMES.careSettingId;

/**
 * For a support role, experience of a place of care ("experience in an acute environment", "working in a
 * GP surgery") is the health or care experience labelling rule 9 asks of a role without registration
 * (`exp-care-setting`); a named field ("dementia", "spinal injuries") stays a specialty.
 */
export function careSettingsForSupportRole(spans: Candidate[][], context: MatchContext): Candidate[][] {
  if (!supportRoleTitle(context.title)) return spans;
  const because = `a place of care, on an advert for "${context.title}"`;
  return spans.map((span) => {
    const moved = span.map((c) =>
      c.terminal.skillId === SPECIALTY && PLACE_PHRASES.has(c.terminal.variant.toLowerCase())
        ? { ...c, terminal: { ...c.terminal, skillId: CARE_SETTING }, because }
        : c,
    );
    return moved.filter((c, k) => moved.findIndex((o) => o.terminal.skillId === c.terminal.skillId) === k);
  });
}
