/**
 * How an advert states its requirements, from its numbered lines: Essential/Desirable heading lines, markers
 * inside the text ("(E)", "desirable", "would be an advantage"), a lead-in over a list or prose ("You will
 * have …"), or none of these. Adverts are drawn for labelling by layout, and the free-text reader is scored by it.
 */
export type Layout = 'heading-lines' | 'inline-markers' | 'requirement-list' | 'none';

export const LAYOUTS: readonly Layout[] = ['heading-lines', 'inline-markers', 'requirement-list', 'none'];

const HEADING_NOUN = String.raw`(?:\s+(?:criteria|requirements|skills|qualifications|experience))?`;
const HEADING = new RegExp(String.raw`^(?:[•·*-]\s*)?(?:essential|desirable)${HEADING_NOUN}\s*[:;.\-–]*$`, 'i');
const INLINE = /\((?:e|d)\)|\bdesirabl[ey]\b|\bessential\b|would be an? (?:advantage|asset)|\badvantageous\b/i;

const WHO_WE_WANT = 'you will (?:have|need|be)|the successful (?:candidate|applicant)|we are looking for';
const MUST_HAVE = 'you should have|must (?:have|hold|be)';
const SPEC_WORDS = 'person specification|requirements';
const WHAT_YOU_NEED = "what you(?:'|’)ll (?:need|bring)|ideal candidate|applicants? (?:must|should|will)";
const LEAD_IN = new RegExp(`(?:${WHO_WE_WANT}|${MUST_HAVE}|${SPEC_WORDS}|${WHAT_YOU_NEED})`, 'i');

export function layoutOf(lines: readonly string[]): Layout {
  if (lines.some((l) => HEADING.test(l))) return 'heading-lines';
  if (lines.some((l) => INLINE.test(l))) return 'inline-markers';
  if (lines.some((l) => LEAD_IN.test(l))) return 'requirement-list';
  return 'none';
}
