import { compileFor, type Matcher } from '../taxonomy/compile';
import { childOf, ROOT } from '../taxonomy/word-trie';
import { autonomyForRole } from './role/autonomy-for-role';
import { riskForRole } from './role/risk-for-role';
import { clinicalDiplomaForRole } from './role/clinical-diploma-for-role';
import { EXPERIENCE_FRAMES } from '../taxonomy/experience-frames';
import { readingsOf } from '../taxonomy/vocabulary';
import { withoutVerbReadingOfAdjective } from './words/adjectival-participle';
import { tokenise, type Token } from '../text/tokenise';
import { scopeTokens, type TokenScopes } from './clauses';
import { withExperienceOfItem } from './experience/experience-items';
import { withInlineLeadIn } from './experience/inline-lead-in';
import { withExperienceExamples } from './experience/experience-examples';
import { withExperienceFragment } from './experience/experience-fragment';
import { withDurationInProfession } from './experience/duration-experience';
import { withExperienceAfterQualifying } from './experience/experience-after-qualifying';
import { experienceOffered } from './experience/experience-offered';
import { findCandidates, type Candidate } from './find-candidates';
import type { MatchContext } from './match-context';
import { withSpecialistSubject } from './qualification/postgraduate-subject';
import { withQualificationExamples } from './qualification/qualification-examples';
import { purposeTokens } from './not-asked/purpose-clauses';
import { reasonTokens } from './not-asked/reason-clauses';
import { openingFrameTokens } from './not-asked/opening-frame';
import { employerCommitmentTokens } from './not-asked/employer-commitment';
import { offeredTokens } from './not-asked/offered-to-applicant';
import { withoutTeamworkOfNamedPartners } from './skills/collaboration-partner';
import { withoutMannerOfCommunication } from './skills/manner-of-communication';
import { withoutRegulatorsAsAuthors } from './qualification/regulator-as-author';
import { withoutRegistersNotHeld } from './qualification/accredited-register';
import { withoutLapsedRegistrations } from './qualification/lapsed-registration';
import { withoutSingleTimes } from './skills/recurring-times';
import { withLanguageSkills } from './skills/language-skills';
import { withInitiativeAsQuality } from './skills/initiative-as-quality';
import { withoutLeadershipInPolicyKnowledge } from './skills/policy-knowledge';
import { withoutWordsDescribingThePost } from './not-asked/describes-the-post';
import { withoutStandardsOfASkill } from './skills/standard-of-a-skill';
import { withoutSkillsNamingAUnit } from './names/names-a-unit';
import { withoutSkillsInOrganisationNames } from './names/names-an-organisation';
import { withoutNhsInBodyNames } from './names/names-an-nhs-body';
import { withoutWorkPatternsOffered } from './not-asked/work-pattern-offered';
import { withoutColleagueGroupsInSingular } from './names/colleague-group-singular';
import { withoutMdtOfASubject } from './skills/mdt-of-a-subject';
import { withoutDeputisingAboveTheWard } from './skills/deputy-above-the-ward';
import { withoutCommunicationNeeds } from './skills/communication-needs';
import { withoutCitedDocuments } from './names/cited-document';
import { withoutVisaHoldersChecked } from './skills/visa-holders-checked';
import { withoutPostRegistrationCourses } from './qualification/post-registration-course';
import { withoutQualificationsNamedAsRoles } from './role/role-named-as';
import { clientGroupsForRole } from './role/client-group-for-role';
import { withoutNhsBodiesAsIssuers } from './names/nhs-body-as-issuer';
import { selectSpans } from './select-spans';
import { withJoinedSkills } from './phrasing/joined-phrases';
import { withLeadershipInExperience } from './experience/leadership-in-experience';
import { sharedHeads } from './phrasing/shared-heads';
import { sharedVerbs } from './phrasing/shared-verbs';
import { specialistCourses } from './qualification/specialist-course';
import {
  mostSpecific,
  ownProfessionForRole,
  settingsForRole,
  withoutGenericBeforeSpecific,
  withoutGenericQualifications,
  withExperienceObjects,
  withSkillsAlsoNamed,
} from './span-skills';
import { careSettingsForSupportRole, supportRoleTitle } from './role/support-role';
import { professionsOfTitle } from './role/title-professions';
import { unglue } from './words/unglue';
import { joinDotted } from './words/dotted-abbreviations';
import { joinSplitWords } from './words/split-words';
import { withQualificationSubjects } from './qualification/qualification-subject';
import { withClinicalSubjectsAsAwards } from './qualification/award-subject';
import { withAwardsAtLevel } from './qualification/award-at-level';
import { withSubjectBeforeDegree } from './qualification/degree-subject';
import { withoutQualitiesOfTheTeamJoined } from './not-asked/employers-team';
import { withModifiersPassedOver } from './phrasing/modifiers-between';
import { withObjectModifiersPassedOver } from './phrasing/object-modifiers';
import { withStepsOfCare } from './skills/steps-of-care';
import { withCommitmentToQuality } from './skills/commitment-to-quality';
import { levelNumbers } from './words/level-numbers';
import { withoutRecruitedBands } from './experience/recruited-band';
import { withoutWishedSpecialties } from './experience/wished-specialty';
import { withoutFieldsOfAWishedCareer } from './skills/wished-career';
import { withSpecialtiesOfCarePlaced } from './experience/specialty-of-a-skill';

/** A text read by the rules: its words, their scopes, and the spans that name skills, in order. */
export type ReadText = {
  tokens: Token[];
  scopes: TokenScopes;
  spans: Candidate[][];
  /** Per skill, the tokens of phrases whose context ruled it out: the learned model does not add it there. */
  ruledOut: ReadonlyMap<string, ReadonlySet<number>>;
};

/** The skills the taxonomy's phrases and the experience frames find in the text, span by span. */
export function readSpans(matcher: Matcher, text: string, context: MatchContext): ReadText | null {
  const dotted = joinDotted(text, tokenise(text), matcher.vocabulary);
  const tokens = levelNumbers(unglue(joinSplitWords(text, dotted, matcher.vocabulary), matcher.vocabulary));
  if (tokens.length === 0) return null;
  const readings = tokens.map((t, i) => {
    // "a consultant-led team" is led by someone else: a word of the taxonomy glued on is not read again.
    if (matcher.vocabulary.words.has(t.norm) && gluedByHyphen(text, tokens, i)) return undefined;
    const words = withoutVerbReadingOfAdjective(tokens, i, readingsOf(matcher.vocabulary, t.norm));
    return words.length > 0 ? words : undefined;
  });
  // Only the taxonomy's phrases these words can reach are compiled, the first time they are met.
  compileFor(matcher, [...tokens.map((t) => t.norm), ...readings.flatMap((r) => r ?? [])]);
  const scopes = scopeTokens(text, tokens);
  const heads = sharedHeads(text, tokens, scopes, (a, b) => pairBeginsPhrase(matcher, tokens, a, b));
  // A span claimed by a stop phrase ("essential services", "financial audit") names nothing.
  const ruledOut = new Map<string, Set<number>>();
  // Words of a purpose clause are dropped after reading: a list there shares no verb that asks for anything.
  // So are the words of a clause giving the reason for an ask ("… as you will be liaising with other teams"), and
  // of a phrase opening the sentence with the post's setting ("Working within a team, you must …"), and what the
  // employer says it is committed to ("the Trust is committed to safeguarding …"), and what the post offers the
  // applicant ("we offer regular supervision", "you will receive training in …").
  const purpose = purposeTokens(tokens, scopes);
  reasonTokens(tokens, scopes).forEach((mark, i) => (purpose[i] ||= mark));
  openingFrameTokens(text, tokens, scopes).forEach((mark, i) => (purpose[i] ||= mark));
  employerCommitmentTokens(tokens, scopes).forEach((mark, i) => (purpose[i] ||= mark));
  offeredTokens(tokens, scopes).forEach((mark, i) => (purpose[i] ||= mark));
  const verbs = sharedVerbs(text, tokens, scopes, purpose);
  const found = findCandidates(matcher, tokens, scopes, readings, heads, ruledOut, verbs);
  const registered = professionsOfTitle(context.title).length > 0 && !supportRoleTitle(context.title);
  const candidates = [...found, ...specialistCourses(tokens, scopes, found, registered)];
  const selected = withJoinedSkills(matcher, text, tokens, candidates, selectSpans(candidates));
  const named = withLeadershipInExperience(matcher, candidates, selected)
    .filter((span) => span.every((c) => c.terminal.skillId !== null))
    // The most specific skills, after those the span names as well ("current PIN" on a nurse's advert).
    .map((span) => mostSpecific(matcher, withSkillsAlsoNamed(matcher, mostSpecific(matcher, span), context)));
  // Skills the words around a span read another way: a regulator's code, the manner of communicating, a partner,
  // the skills of a language, a policy to know about, the post described, a team named by its work, the patients'
  // communication needs, a document cited as a source, a course taken after registration.
  let inContext = withoutRegulatorsAsAuthors(matcher, tokens, scopes, named);
  inContext = withoutRegistersNotHeld(tokens, scopes, inContext);
  inContext = withoutLapsedRegistrations(matcher, tokens, scopes, inContext);
  inContext = withoutSingleTimes(tokens, inContext);
  inContext = withoutMannerOfCommunication(matcher, tokens, scopes, inContext);
  inContext = withoutTeamworkOfNamedPartners(tokens, scopes, inContext);
  inContext = withLanguageSkills(matcher, tokens, scopes, inContext);
  inContext = withInitiativeAsQuality(tokens, scopes, inContext);
  inContext = withoutLeadershipInPolicyKnowledge(matcher, tokens, scopes, inContext);
  inContext = withoutWordsDescribingThePost(matcher, text, tokens, scopes, inContext);
  inContext = withoutStandardsOfASkill(matcher, tokens, scopes, inContext);
  inContext = withoutSkillsNamingAUnit(matcher, text, tokens, scopes, inContext);
  inContext = withoutSkillsInOrganisationNames(matcher, tokens, scopes, inContext);
  inContext = withoutNhsInBodyNames(tokens, scopes, inContext);
  inContext = withoutNhsBodiesAsIssuers(matcher, tokens, scopes, inContext);
  inContext = withoutWorkPatternsOffered(tokens, scopes, inContext);
  inContext = withoutColleagueGroupsInSingular(tokens, inContext);
  inContext = withoutMdtOfASubject(tokens, scopes, inContext);
  inContext = withoutDeputisingAboveTheWard(tokens, scopes, inContext);
  inContext = withoutCommunicationNeeds(matcher, tokens, scopes, inContext);
  inContext = withoutCitedDocuments(tokens, scopes, inContext);
  inContext = withoutVisaHoldersChecked(tokens, scopes, inContext);
  inContext = withoutPostRegistrationCourses(text, tokens, inContext);
  inContext = withoutRecruitedBands(tokens, scopes, inContext);
  inContext = withoutWishedSpecialties(matcher, tokens, scopes, inContext);
  inContext = withSpecialtiesOfCarePlaced(tokens, inContext);
  inContext = withQualificationSubjects(matcher, tokens, scopes, inContext);
  inContext = withClinicalSubjectsAsAwards(matcher, tokens, scopes, inContext);
  inContext = withAwardsAtLevel(matcher, tokens, scopes, inContext);
  inContext = withSubjectBeforeDegree(matcher, tokens, scopes, inContext);
  inContext = withModifiersPassedOver(matcher, tokens, scopes, inContext);
  inContext = withObjectModifiersPassedOver(matcher, tokens, scopes, inContext);
  inContext = withoutQualitiesOfTheTeamJoined(matcher, tokens, scopes, inContext);
  inContext = withStepsOfCare(matcher, tokens, scopes, inContext);
  inContext = withCommitmentToQuality(matcher, tokens, scopes, inContext);
  const spans = withSpecialistSubject(
    matcher,
    tokens,
    scopes,
    withQualificationExamples(
      text,
      tokens,
      scopes,
      withoutGenericQualifications(
        matcher,
        scopes,
        withoutQualificationsNamedAsRoles(
          matcher,
          tokens,
          scopes,
          withoutGenericBeforeSpecific(matcher, text, tokens, scopes, inContext),
        ),
      ),
    ),
  );
  const withObjects = withInlineLeadIn(
    text,
    tokens,
    scopes,
    withExperienceOfItem(tokens, scopes, withExperienceObjects(matcher, tokens, scopes, spans, context), context),
    context,
  );
  const withDurations = withExperienceAfterQualifying(
    text,
    tokens,
    scopes,
    withDurationInProfession(
      text,
      tokens,
      scopes,
      withExperienceFragment(tokens, scopes, withExperienceExamples(tokens, scopes, withObjects), context),
      context,
    ),
  );
  // Nor does it add specialty experience on experience the post offers.
  const offered = ruledOut.get(SPECIALTY) ?? new Set<number>();
  for (const head of experienceOffered(tokens)) offered.add(head);
  ruledOut.set(SPECIALTY, offered);
  // Read first, then dropped: words of a purpose clause are not read again as an experience object, and the field
  // of a career the applicant wishes for is not asked, whichever reader named it.
  const asked = withoutFieldsOfAWishedCareer(tokens, scopes, withDurations).filter(
    (span) => purpose[span[0]!.start] !== 1,
  );
  // Nor does the learned model add them back there.
  for (const span of withDurations) if (purpose[span[0]!.start] === 1) ruleOut(ruledOut, span);
  const forRole = riskForRole(
    tokens,
    autonomyForRole(
      careSettingsForSupportRole(
        ownProfessionForRole(
          tokens,
          clientGroupsForRole(matcher, tokens, settingsForRole(matcher, asked, context), context),
          context,
        ),
        context,
      ),
      context,
    ),
    context,
  );
  const spansForRole = clinicalDiplomaForRole(tokens, forRole, context);
  return { tokens, scopes, spans: spansForRole, ruledOut };
}

const SPECIALTY = EXPERIENCE_FRAMES.skillId;

/** Whether token a then token b are the first two words of a phrase of the taxonomy. */
const pairBeginsPhrase = (matcher: Matcher, tokens: readonly Token[], a: number, b: number): boolean => {
  const [first, second] = [matcher.trie.words.get(tokens[a]!.norm), matcher.trie.words.get(tokens[b]!.norm)];
  if (first === undefined || second === undefined) return false;
  return childOf(matcher.trie, childOf(matcher.trie, ROOT, first), second) >= 0;
};

const gluedByHyphen = (text: string, tokens: readonly Token[], i: number): boolean =>
  i > 0 && tokens[i - 1]!.end === tokens[i]!.start - 1 && text[tokens[i]!.start - 1] === '-';

const ruleOut = (ruledOut: Map<string, Set<number>>, span: readonly Candidate[]) => {
  for (const c of span) {
    const at = ruledOut.get(c.terminal.skillId!) ?? new Set<number>();
    for (let k = c.start; k < c.end; k++) at.add(k);
    ruledOut.set(c.terminal.skillId!, at);
  }
};
