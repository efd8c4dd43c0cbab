import type { SkillDefinition } from '../../model/skill';
import { clinicalSkills } from './clinical';
import { communicationSkills } from './communication';
import { experienceSkills } from './experience';
import { financeSkills } from './finance';
import { governanceSkills } from './governance';
import { itSkills } from './it';
import { withKsfCodes } from './ksf-dimensions';
import { leadershipSkills } from './leadership';
import { otherSkills } from './other';
import { qualificationSkills } from './qualifications';
import { registrationSkills } from './registration';
import { valuesSkills } from './values';

/** The NHS skills taxonomy: ids are a contract (shared design, taxonomy §4.2). */
export const TAXONOMY: readonly SkillDefinition[] = withKsfCodes([
  ...registrationSkills,
  ...qualificationSkills,
  ...clinicalSkills,
  ...governanceSkills,
  ...leadershipSkills,
  ...communicationSkills,
  ...itSkills,
  ...financeSkills,
  ...valuesSkills,
  ...otherSkills,
  ...experienceSkills,
]);
