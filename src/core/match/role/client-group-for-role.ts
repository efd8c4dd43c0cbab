import type { Matcher } from '../../taxonomy/compile';
import { EXPERIENCE_FRAMES } from '../../taxonomy/experience-frames';
import type { Token } from '../../text/tokenise';
import type { Candidate } from '../find-candidates';
import type { MatchContext } from '../match-context';
import { supportRoleTitle } from './support-role';
import { professionsOfTitle } from './title-professions';

const CARE_SETTING = EXPERIENCE_FRAMES.careSettingId;
const SPECIALTY = EXPERIENCE_FRAMES.skillId;
/** Care experience read from the people cared for: "caring for older people", "working with patients". */
const CARED_FOR = /^(caring for|working with) (.+)$/i;
/** People named by no group of their own: "working with patients" says no more than care. */
const ANYONE = new Set(['patients', 'people', 'others', 'service users']);

/**
 * For a registered profession, experience of a client group ("caring for older people", "working with
 * patients with long-term conditions") is specialty experience, as a setting is (`settingsForRole`): the
 * care experience asked of a role without registration is not what such an advert asks.
 */
export function clientGroupsForRole(
  matcher: Matcher,
  tokens: readonly Token[],
  spans: Candidate[][],
  context: MatchContext,
): Candidate[][] {
  const title = context.title;
  if (!title || !matcher.skills.has(SPECIALTY) || professionsOfTitle(title).length === 0 || supportRoleTitle(title))
    return spans;
  const because = `a client group, on an advert for "${title}"`;
  return spans.map((span) =>
    span.map((c) => {
      if (c.terminal.skillId !== CARE_SETTING) return c;
      const group = CARED_FOR.exec(c.terminal.variant)?.[2]?.toLowerCase();
      if (!group) return c;
      // "working with patients with …": the words after name the group.
      if (ANYONE.has(group) && tokens[c.end]?.norm !== 'with') return c;
      return { ...c, terminal: { ...c.terminal, skillId: SPECIALTY }, because };
    }),
  );
}
