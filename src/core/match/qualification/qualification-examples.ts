import { PROFESSION_WORDS } from '../../taxonomy/profession-words';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { readCandidate } from '../read-candidate';
import { gapBefore } from '../../text/gap-before';

/** Nouns that ask for a qualification in general, leaving its subject to examples. */
const HEADS = new Set(['qualification', 'qualifications', 'degree', 'degrees', 'education', 'diploma']);
/** Words that open a list of examples after the general ask ("… e.g. nursing", "… including physiotherapy"). */
const OPENERS = new Set(['eg', 'e', 'including', 'include', 'such', 'ie', 'i']);
/** How far after the head a list of examples may open, and how many words it is read over. */
const OPEN_WITHIN = 8;
const MAX_LIST = 16;

/** The qualifying qualification of each profession an example may name (social work has none of its own). */
const QUALIFICATION_OF: Readonly<Record<string, string>> = {
  nursing: 'qual-nursing-degree',
  midwifery: 'qual-nursing-degree',
  medicine: 'qual-mbbs',
  pharmacy: 'qual-mpharm',
  physiotherapy: 'qual-ahp-degree',
  'occupational therapy': 'qual-ahp-degree',
  radiography: 'qual-ahp-degree',
  dietetics: 'qual-ahp-degree',
  podiatry: 'qual-ahp-degree',
  paramedic: 'qual-ahp-degree',
  'speech and language therapy': 'qual-ahp-degree',
  orthoptics: 'qual-ahp-degree',
};
/** Names of a profession's field the profession words leave out ("medicine" the subject, "allied health"). */
const FIELDS: ReadonlyArray<readonly [string[], string]> = [
  [['medicine'], 'qual-mbbs'],
  [['allied', 'health'], 'qual-ahp-degree'],
  [['allied', 'health', 'profession'], 'qual-ahp-degree'],
  [['allied', 'health', 'professional'], 'qual-ahp-degree'],
  [['ahp'], 'qual-ahp-degree'],
  [['ahps'], 'qual-ahp-degree'],
];

/**
 * A qualification asked for in general, with the professions it may be in given as examples ("a professional
 * qualification (nursing or physiotherapy)", "a degree in a relevant subject, e.g. medicine or pharmacy"), is
 * the qualifying qualification of each profession named: read from a bracket or a list opened by "e.g.",
 * "including" or "such as" soon after the general word, when the text names none of them already.
 */
export function withQualificationExamples(
  text: string,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const named = new Set(spans.flatMap((span) => span.map((c) => c.terminal.skillId)));
  const added: Candidate[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!HEADS.has(tokens[i]!.norm)) continue;
    const list = exampleList(text, tokens, scopes, i);
    if (!list) continue;
    for (const [start, end, id] of professionsIn(tokens, scopes, list)) {
      if (named.has(id)) continue;
      named.add(id);
      const explain = (variant: string) => `"${variant}", an example of the qualification asked for`;
      added.push([readCandidate(tokens, [start, end], id, explain)]);
    }
  }
  return [...spans, ...added].sort((a, b) => a[0]!.start - b[0]!.start);
}

/** The tokens of the list of examples after the head at `head`, or null when none opens soon after it. */
function exampleList(
  text: string,
  tokens: readonly Token[],
  scopes: TokenScopes,
  head: number,
): [number, number] | null {
  const limit = Math.min(tokens.length, head + 1 + OPEN_WITHIN);
  for (let k = head + 1; k < limit; k++) {
    const gap = gapBefore(text, tokens, k);
    if (gap.includes(')')) return null;
    if (gap.includes('(')) {
      let end = k;
      while (
        end < Math.min(tokens.length, k + MAX_LIST) &&
        !text.slice(tokens[end]!.start, nextStart(tokens, end, text)).includes(')')
      )
        end++;
      return [k, Math.min(end + 1, tokens.length)];
    }
    if (scopes.clause[k] !== scopes.clause[head]) return null;
    if (!OPENERS.has(tokens[k]!.norm)) continue;
    // The list runs to the end of its clause; the full stops of "e.g." and "i.e." end none.
    let end = k + 1;
    let clause = scopes.clause[k];
    const abbreviated = (at: number) => tokens[at - 1]!.raw.length === 1;
    for (; end < Math.min(tokens.length, k + MAX_LIST); end++) {
      if (scopes.clause[end] !== clause && !abbreviated(end)) break;
      clause = scopes.clause[end];
    }
    return [k, end];
  }
  return null;
}

const nextStart = (tokens: readonly Token[], at: number, text: string) => tokens[at + 1]?.start ?? text.length;

/** Each profession named as an item of the list, with its tokens and the qualification it stands for. */
function professionsIn(
  tokens: readonly Token[],
  scopes: TokenScopes,
  [from, to]: [number, number],
): Array<[number, number, string]> {
  const found: Array<[number, number, string]> = [];
  // An item is the whole name: "school nursing" and "nursing associate" are no profession's qualification.
  const opensItem = (i: number) => i === from || ITEM_BREAK.has(tokens[i - 1]!.norm) || broken(scopes, i);
  const closesItem = (j: number) => j >= to || ITEM_BREAK.has(tokens[j]!.norm) || broken(scopes, j);
  for (let i = from; i < to; i++) {
    if (!opensItem(i)) continue;
    for (let j = Math.min(to, i + 4); j > i; j--) {
      if (!closesItem(j)) continue;
      const norms = tokens.slice(i, j).map((t) => t.norm);
      const field = FIELDS.find(([words]) => words.join(' ') === norms.join(' '));
      const ids = field ? [field[1]] : (PROFESSION_WORDS.get(norms.join(' ')) ?? []).map((p) => QUALIFICATION_OF[p]);
      const id = ids.find((x) => x !== undefined);
      if (id) {
        found.push([i, j, id]);
        i = j - 1;
        break;
      }
    }
  }
  return found;
}

/** Words between the items of a list of examples. */
const ITEM_BREAK = new Set(['and', 'or', '&', ...OPENERS, 'g', 'as']);
/** A comma, bracket, slash or full stop before token `i`. */
const broken = (scopes: TokenScopes, i: number) =>
  scopes.segment[i] !== scopes.segment[i - 1] || scopes.phraseBreak[i] === 1;
