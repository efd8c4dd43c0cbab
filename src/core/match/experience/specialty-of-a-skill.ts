import { EXPERIENCE_FRAMES } from '../../taxonomy/experience-frames';
import type { Token } from '../../text/tokenise';
import type { Candidate } from '../find-candidates';
import { ARTICLES } from '../../text/articles';
import { normsOf } from '../../text/word-norms';
import { NAMED_BY_CARE } from '../../taxonomy/specialties';

const SPECIALTY = EXPERIENCE_FRAMES.skillId;
/** Words that place the experience inside a field: "in", "within", "across" it. */
const INSIDE = normsOf(['in', 'within', 'across']);
/** Nouns after the phrase that make it a place of work or the people cared for: "a palliative care unit". */
const PLACE_OR_PEOPLE = normsOf([
  ...EXPERIENCE_FRAMES.places,
  'setting',
  'settings',
  'environment',
  'environments',
  'field',
  'sector',
  'team',
  'teams',
  'patients',
  'patient',
  'clients',
  'population',
]);

/**
 * A phrase that names a clinical skill and a specialty alike ("palliative care", "sexual health") asks for
 * experience of the specialty only where the text places the experience in it ("experience in palliative care",
 * "a background within sexual health", "work in a tissue viability service", "palliative patients"); "experience of
 * palliative care" is experience of giving that care, the skill alone. The skill's id stays either way.
 */
export function withSpecialtiesOfCarePlaced(tokens: readonly Token[], spans: readonly Candidate[][]): Candidate[][] {
  const unplaced = (c: Candidate) =>
    c.terminal.skillId === SPECIALTY && NAMED_BY_CARE.has(c.terminal.variant.toLowerCase()) && !placed(tokens, c);
  return spans.map((span) => span.filter((c) => !unplaced(c))).filter((span) => span.length > 0);
}

function placed(tokens: readonly Token[], c: Candidate): boolean {
  let before = c.start - 1;
  if (ARTICLES.has(tokens[before]?.norm ?? '')) before--;
  return INSIDE.has(tokens[before]?.norm ?? '') || PLACE_OR_PEOPLE.has(tokens[c.end]?.norm ?? '');
}
