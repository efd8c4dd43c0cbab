import { normaliseToken } from '../../text/normalise-token';
import type { Token } from '../../text/tokenise';

/**
 * A qualification level abbreviated or run into its number: "L3", "Lvl 2", "level3in" and "NVQ2" are read
 * as "level 3", "level 2", "level 3 in" and "NVQ 2", each piece keeping its offsets in the text. A lone
 * "L" counts only as a capital before the number ("l2" is no level). A doctor's training grade is read the
 * same way ("ST4 level" is "ST 4 level").
 */
const GLUED = /^(?:(L)|(lvl|level|nvq|svq|qcf|rqf))([1-8])(\p{L}*)$/iu;
/** A doctor's training grade run into its year, in capitals: "ST4", "CT2", "FY1" are "ST 4", "CT 2", "FY 1". */
const GRADE = /^(ST|CT|FY)([1-8])$/u;
const LEVEL_WORD = /^lvl$/i;

export function levelNumbers(tokens: readonly Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const pieces = levelPieces(token) ?? (LEVEL_WORD.test(token.raw) ? [{ ...token, norm: 'level' }] : null);
    if (pieces && !out) out = tokens.slice(0, i);
    if (out) out.push(...(pieces ?? [token]));
  }
  return out ?? (tokens as Token[]);
}

function levelPieces(token: Token): Token[] | null {
  const grade = GRADE.exec(token.raw);
  if (grade) return [piece(token, 0, 2, normaliseToken(grade[1]!)), piece(token, 2, 3, grade[2]!)];
  const match = GLUED.exec(token.raw);
  if (!match || (match[1] !== undefined && match[1] !== 'L')) return null;
  const word = match[1] ?? match[2]!;
  const name = /^(l|lvl|level)$/i.test(word) ? 'level' : word.toLowerCase();
  const number = word.length;
  const pieces = [piece(token, 0, number, name), piece(token, number, number + 1, match[3]!)];
  const rest = match[4]!;
  if (rest) pieces.push(piece(token, number + 1, token.raw.length, normaliseToken(rest)));
  return pieces;
}

/** Characters [from, to) of a token as a token of their own, with their offsets in the text. */
const piece = (token: Token, from: number, to: number, norm: string): Token => ({
  raw: token.raw.slice(from, to),
  norm,
  start: token.start + from,
  end: token.start + to,
});
