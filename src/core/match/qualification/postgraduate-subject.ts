import type { Matcher } from '../../taxonomy/compile';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import type { Token } from '../../text/tokenise';
import { normaliseToken } from '../../text/normalise-token';
import { inCategory } from '../candidate-category';

const THREE_LETTERS = /\p{L}{3,}/u;

const POSTGRADUATE = 'qual-postgrad-cert-dip';
const SPECIALIST = 'qual-specialist-post-reg';
const MAX_SUBJECT = 5;
/** Words that end a subject ("… in dysphagia or equivalent", "… in pain management, and …"). */
const ENDS = new Set(['or', 'and', 'to', 'with', 'for', 'from', 'is', 'are', 'would', 'will', 'as', 'equivalent']);
/** Subjects that name no specialty: "a relevant subject", "a related field", "healthcare". */
const GENERIC = new Set(
  [
    'a',
    'an',
    'the',
    'relevant',
    'related',
    'appropriate',
    'similar',
    'subject',
    'subjects',
    'area',
    'field',
    'discipline',
    'health',
    'healthcare',
    'care',
    'clinical',
    'science',
    'sciences',
    'studies',
  ].map(normaliseToken),
);

/**
 * "A postgraduate certificate in low intensity interventions": a postgraduate qualification in a
 * specialty is also a specialist post-registration qualification (labelling rule 10), when its subject
 * names no skill but a clinical one ("in leadership" is a leadership course; "in Occupational Therapy"
 * the profession's qualification, read by its own phrase) and is more than generic words ("in a relevant
 * subject").
 */
export function withSpecialistSubject(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  return spans.map((span, k) => {
    const pg = span.find((c) => c.terminal.skillId === POSTGRADUATE);
    if (!pg || span.some((c) => c.terminal.skillId === SPECIALIST)) return span;
    const at = subjectAt(matcher, tokens, spans, k);
    if (at < 0) return span;
    let end = at + 1;
    while (
      end < tokens.length &&
      end - at <= MAX_SUBJECT &&
      scopes.segment[end] === scopes.segment[at] &&
      !ENDS.has(tokens[end]!.norm)
    )
      end++;
    const subject = tokens.slice(at + 1, end);
    if (!subject.some((t) => THREE_LETTERS.test(t.norm) && !GENERIC.has(t.norm))) return span;
    const inSubject = spans.slice(k + 1).filter((other) => other[0]!.start > at && other[0]!.start < end);
    const clinical = inCategory(matcher, 'clinical');
    if (inSubject.some((other) => !other.every(clinical))) return span;
    const terminal = { ...pg.terminal, skillId: SPECIALIST };
    return [...span, { ...pg, terminal, because: 'a postgraduate qualification in a specialty' }];
  });
}

/**
 * Where the subject of the postgraduate qualification in span `k` starts ("in" after it), or -1. An
 * alternative qualification may stand between them and share the subject: "Postgraduate Diploma/MSc in …".
 */
function subjectAt(matcher: Matcher, tokens: readonly Token[], spans: readonly Candidate[][], k: number): number {
  let at = spans[k]![0]!.end;
  const next = spans[k + 1];
  const alternative =
    next !== undefined &&
    (next[0]!.start === at || (next[0]!.start === at + 1 && tokens[at]!.norm === 'or')) &&
    next.every(inCategory(matcher, 'qualification'));
  if (alternative && tokens[at]?.norm !== 'in') at = next[0]!.end;
  return tokens[at]?.norm === 'in' ? at : -1;
}
