import { ORGANISATIONAL_RISK_CUES } from '../../taxonomy/skills/clinical';
import type { Token } from '../../text/tokenise';
import { clinicalTitle } from './autonomy-for-role';
import type { Candidate } from '../find-candidates';
import type { MatchContext } from '../match-context';

const CLINICAL_RISK = 'clin-risk-assessment';
const ORGANISATIONAL_RISK = 'gov-risk-management';
/** Phrases of organisational risk that name the organisation's side themselves: a register, assurance. */
const ORGANISATIONAL_PHRASE = /register|assurance|governance|continuity|emergency|major incident|EPRR/i;
const ORGANISATIONAL_CUES = new Set(ORGANISATIONAL_RISK_CUES);
// "organisational skills" are the applicant's own: only the organisation's risk counts.
const ORGANISATIONAL_PAIRS = [
  'organisational risk',
  'organisational risks',
  'organizational risk',
  'health and safety',
  'manual handling',
  'moving and handling',
  'change management',
];

/**
 * Handling risk ("risk management", "assess and manage risk", "risk assessments") on the advert of a clinical
 * role is the risk of the people that role cares for: clinical risk assessment. The same words on a manager's or
 * an administrator's advert are the organisation's risk, and keep the skill the taxonomy gives them. The title
 * decides, unless the criterion names the organisation's side itself (its governance, a risk register, policies
 * and systems, health and safety, money, projects). Without a title each phrase keeps its skill, unless the
 * criterion's own words are on the side of care (CARE_SIDE_CUES), which decide as a clinical title does.
 */
export function riskForRole(tokens: readonly Token[], spans: Candidate[][], context: MatchContext): Candidate[][] {
  const byTitle = !!context.title && clinicalTitle(context.title);
  if (!byTitle && !careSide(tokens)) return spans;
  if (!spans.some((span) => span.some(handlingRisk))) return spans;
  if (organisational(tokens)) return spans;
  const because = byTitle
    ? `handling risk, on an advert for "${context.title}"`
    : 'handling risk, in a criterion on clinical work or the people cared for';
  return spans.map((span) => {
    const moved = span.map((c) =>
      handlingRisk(c) ? { ...c, terminal: { ...c.terminal, skillId: CLINICAL_RISK }, because } : c,
    );
    return moved.filter((c, k) => moved.findIndex((o) => o.terminal.skillId === c.terminal.skillId) === k);
  });
}

/**
 * Words that put handling risk on the side of care whatever the role, where the taxonomy's patient cues do not:
 * clinical work itself ("clinical decisions and managing risk"; "clinical governance" is the organisation's and
 * ruled out first), the families and carers of the people cared for, and the settings and stages of care.
 */
const CARE_SIDE_CUES = new Set([
  'clinical',
  'clinically',
  'family',
  'families',
  'carer',
  'carers',
  'psychiatry',
  'psychiatric',
  'therapeutic',
  'discharge',
  'discharges',
  'caseload',
]);
const CARE_SIDE_PAIRS = ['young people', 'physical health', 'in the community'];

function careSide(tokens: readonly Token[]): boolean {
  if (tokens.some((t) => CARE_SIDE_CUES.has(t.norm))) return true;
  const words = ` ${tokens.map((t) => t.norm).join(' ')} `;
  return CARE_SIDE_PAIRS.some((pair) => words.includes(` ${pair} `));
}

/** A phrase read as organisational risk only because it handles risk, not one naming the organisation's side. */
const handlingRisk = (c: Candidate): boolean =>
  c.terminal.skillId === ORGANISATIONAL_RISK &&
  /\brisks?\b/i.test(c.terminal.variant) &&
  !ORGANISATIONAL_PHRASE.test(c.terminal.variant);

function organisational(tokens: readonly Token[]): boolean {
  if (tokens.some((t) => ORGANISATIONAL_CUES.has(t.norm))) return true;
  const words = ` ${tokens.map((t) => t.norm).join(' ')} `;
  return ORGANISATIONAL_PAIRS.some((pair) => words.includes(` ${pair} `));
}
