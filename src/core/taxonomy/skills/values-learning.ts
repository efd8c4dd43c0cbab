import type { SkillDefinition } from '../../model/skill';

/** The words of a wish to learn around "develop your skills" and its other verbs. */
const WISH_TO_LEARN = [
  'keen',
  'keenness',
  'eager',
  'desire',
  'passion',
  'willing',
  'willingness',
  'commitment',
  'committed',
  'wish',
  'motivated',
  'enthusiasm',
  'want',
  'wants',
  'enjoy',
  'interest',
  'interested',
  'ambition',
  'drive',
];

/**
 * Words of readiness that make "to learn" the applicant's own learning, as a noun, an adjective or a verb
 * ("the drive to learn", "motivated to learn", "wants to learn"); "support you to learn" is the employer's.
 */
const READY_TO_LEARN = [
  ...WISH_TO_LEARN,
  'motivation',
  'eagerness',
  'enthusiastic',
  'passionate',
  'hunger',
  'hungry',
  'thirst',
  'appetite',
  'determination',
  'determined',
  'happy',
  'ready',
  'open',
];

/** Commitment to CPD and reflection: learning, keeping up to date, reflecting on one's practice. */
export const cpdReflectionSkill: SkillDefinition = {
  id: 'val-cpd-reflection',
  label: 'Commitment to CPD and reflection',
  category: 'values',
  variants: [
    {
      text: '(develop|developing|grow|growing|extend|enhance|expand) [(your|their|own|my|new)] [(clinical|professional)] (skills|knowledge|skillset|career)',
      needs: WISH_TO_LEARN,
      window: 6,
      cueKind: 'wish to learn',
    },
    // The other verbs of adding to one's skills, with the same wish.
    {
      text: '(increase|broaden|widen|deepen|further) [(your|their|own|my|new)] [(clinical|professional)] (skills|knowledge|skillset|career)',
      needs: WISH_TO_LEARN,
      window: 6,
      cueKind: 'wish to learn',
    },
    '(develop|grow) (clinically|professionally)',
    // What else of one's own a wish to learn develops: one's potential, expertise or abilities.
    {
      text: '(develop|developing|grow|growing|extend|enhance|realise|fulfil) (your|their|his|her|my) [own] (potential|expertise|abilities)',
      needs: WISH_TO_LEARN,
      window: 6,
      cueKind: 'wish to learn',
    },
    // The wish with two verbs of growing and no object: "keen to develop and learn", "a desire to grow and progress".
    {
      text: 'to (develop|grow) (and|&) (learn|grow|develop|progress)',
      needs: WISH_TO_LEARN,
      window: 1,
      cueKind: 'wish to learn',
    },
    '(updating|updating and maintaining) [(your|their|own)] [(clinical|professional)] (skills|knowledge)',
    '(training|learning) aptitude',
    'aptitude for (training|learning)',
    '(desire|keen|eager|wish|want|wanting|looking|ambition) to progress',
    '(undertake|undergo|attend|complete) (additional|further|relevant|suitable|appropriate|ongoing|necessary|regular) (training|courses|learning|development)',
    'attend courses',
    '(learning|positive learning) attitude',
    'attitude to learning',
    '(keen|eager|willing|willingness|desire) to learn',
    // Only the verb: the word of readiness keeps what it says of its own ("motivated" is motivation too).
    { text: 'to learn', needs: READY_TO_LEARN, window: 1, cueKind: 'wish to learn' },
    '(keen|eager|willing|enthusiastic) learner',
    // Learning fast is an aptitude for learning, in any of its wordings: a learner, a verb and its adverb, "quick to".
    '(quick|fast|rapid) learner',
    '(quick|fast) to (learn|pick up)',
    '(learn|learns|learning|pick up|picks up|picking up) (quickly|rapidly|fast)',
    '(pick|picks|picking) (things|it|skills|new skills|information) up (quickly|rapidly|fast)',
    'learn new (skills|things|systems|procedures|techniques|tools|processes)',
    '(ongoing|continuing|continued|own) practice development',
    'personal (and|&) people development',
    'current practice [and] updating',
    'teaching and learning',
    'developing (self|yourself|oneself)',
    // Not "develop self": "develop self-management skills" teaches patients to manage their own condition.
    '(develop|developing|develops|grow|growing) (yourself|oneself|themselves|himself|herself|myself)',
    'continuous (development|learning)',
    'keep [(your|their|his|her)] (skills|knowledge|practice) up to date',
    'continuing professional development',
    'continuous professional development',
    'continued professional development',
    'professional development',
    'personal development',
    '(personal|own|professional|continuous|continued|ongoing) (learning|learning and development)',
    'learning and development',
    'personal and professional development',
    'evidence of CPD',
    'lifelong learning',
    'life-long learning',
    'reflective practice',
    'reflective practitioner',
    'reflect on practice',
    'reflection',
    'reflective',
    'self-reflection',
    'commitment to learning',
    'self development',
    'self-development',
    'personal development plan',
    'own development',
    'ongoing development',
    'further training',
    'further development',
    'training and development',
    '(keep|keeping|keeps|remain|remaining|stay|staying) up to date',
    // Keeping up to date is CPD; "up-to-date knowledge" only says how current the knowledge asked for is.
    'up to date with (current|developments|best practice|research|changes|practice)',
    'mandatory training',
    'statutory and mandatory training',
    'professional portfolio',
    'CPD portfolio',
  ],
  abbreviations: ['CPD'],
};
