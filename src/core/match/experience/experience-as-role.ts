import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Compiled } from './experience-words';
import { titleAfter } from './experienced-title';
import { professionNameTo } from '../role/profession-name';

/** Words between the head and "as" that only say the experience was worked: "experience working as a …". */
const WORKED = new Set(['working', 'worked', 'practising', 'practicing', 'employed']);
const ARTICLES = new Set(['a', 'an']);
/** Practitioners' names a non-registered post shares: "a Sterile Services Technician". */
const SHARED_WITH_POSTS = new Set(['technician', 'technicians']);

/**
 * "experience as a Physiotherapist", "experience working as a dietitian": the role the experience was
 * gained in, read as "an experienced [role]" is (labels decisions 9 and 11): the words up to a profession's name,
 * as [start, end) with the role at `end` (or the role alone). A post that is no profession ("as a Practice
 * Manager") is left to the phrases that know its level; null when none follows.
 */
export function roleAfterAs(
  c: Compiled,
  tokens: readonly Token[],
  scopes: TokenScopes,
  head: number,
): [number, number] | null {
  const as = WORKED.has(tokens[head + 1]?.norm ?? '') ? head + 2 : head + 1;
  if (tokens[as]?.norm !== 'as' || !ARTICLES.has(tokens[as + 1]?.norm ?? '')) return null;
  if (scopes.clause[as + 1] !== scopes.clause[head]) return null;
  const range = titleAfter(c, tokens, scopes, as + 1);
  if (!range) return null;
  const role = range[1] > range[0] && range[1] < tokens.length && isRoleAt(c, tokens, range[1]) ? range[1] : range[0];
  return isRoleAt(c, tokens, role) ? range : null;
}

/**
 * Whether the word at `k` ends a profession's name: not a post's (manager, officer …), nor an assistant's, which may
 * be an office's as much as a ward's ("a Personal Assistant").
 */
const isRoleAt = (c: Compiled, tokens: readonly Token[], k: number) =>
  (c.practitioners.has(tokens[k]!.norm) && !SHARED_WITH_POSTS.has(tokens[k]!.norm)) || professionNameTo(tokens, k) >= 0;
