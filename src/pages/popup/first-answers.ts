import type { CustomSkill } from '../../core/model/profile';
import type { SkillsReply } from '../../messaging/background-messages';
import { readAnalysisReply } from '../../messaging/request-analysis';
import { profileStateOf, type ProfileState } from '../../storage/profile-store';
import { adoptCatalogue } from '../hooks/use-skills';
import type { FirstRequests } from './first-requests';
import type { TabAnalysis } from './use-tab-analysis';

/**
 * What the report is made of, from the popup's first requests: the stored profile and the tab's analysis,
 * validated, once the skill catalogue for the profile's own skills has come too (kept where `useSkills`
 * finds it; if the background did not answer, or the stored skills read differently, the page asks again).
 */
export type FirstAnswers = {
  profile: ProfileState;
  tab: TabAnalysis;
  /**
   * Whether the tab has said its analysis changed since it was asked (the answer is then out of date);
   * the page listens itself from then on.
   */
  tabChanged(): boolean;
};

export async function readFirstAnswers(requests: FirstRequests): Promise<FirstAnswers> {
  const [stored, { tabId, reply }, catalogue] = await Promise.all([
    requests.storedProfile,
    requests.tab,
    requests.catalogue,
  ]);
  const profile = profileStateOf(stored);
  const customSkills = profile.state === 'ok' ? profile.profile.customSkills : [];
  if (JSON.stringify(customSkills) === JSON.stringify(catalogue.customSkills)) {
    adoptCatalogue(customSkills as readonly CustomSkill[], catalogue.reply as Promise<SkillsReply>);
  }
  await catalogue.reply.catch(() => undefined);
  return {
    profile,
    tab: { tabId, result: readAnalysisReply(reply) },
    tabChanged: () => requests.tabChanged(tabId),
  };
}
