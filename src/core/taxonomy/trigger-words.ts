import { normaliseToken } from '../text/normalise-token';
import { tokenise } from '../text/tokenise';
import { expandPattern } from './expand-pattern';
import { findClose, splitTopLevel } from './pattern-groups';
import { hasInnerHyphen, solidForm } from '../text/letters';

/** "IR(ME)R": a group inside a word is expanded as text, so the word stays whole. */
const WORD_INTERNAL_GROUP = /[\p{L}\p{N}][([]|[)\]][\p{L}\p{N}]/u;

/**
 * The normal forms of the words a pattern's phrases can start with, found without expanding it:
 * "[current] NMC (registration|PIN)" → current, nmc. The compiler indexes variants by them.
 */
export function firstWords(pattern: string): string[] {
  const found = new Set<string>();
  if (WORD_INTERNAL_GROUP.test(pattern)) {
    for (const phrase of expandPattern(pattern)) addFirst(phrase, found);
  } else collectFirst(pattern, found);
  return [...found];
}

/**
 * The words a text must contain for any phrase of the pattern to match there, as normal forms: one
 * required word outside every group when there is one ("[current] NMC (registration|PIN)" → nmc),
 * the longest and so the most selective; otherwise every word a phrase can start with.
 */
export function triggerWords(pattern: string): string[] {
  let best: string | undefined;
  if (!WORD_INTERNAL_GROUP.test(pattern)) {
    // The words outside every group: groups are blanked innermost first (runs once per variant at start-up).
    let outside = pattern;
    for (let before = ''; before !== outside;) outside = (before = outside).replace(INNERMOST_GROUP, ' ');
    for (const piece of outside.split(' ')) {
      if (piece.length < 3 || !LETTERS.test(piece)) continue;
      // A piece of letters only is one token: its normal form is the word's.
      const norm = normaliseToken(piece);
      if (norm && (!best || norm.length > best.length)) best = norm;
    }
  }
  return best ? [best] : firstWords(pattern);
}

const INNERMOST_GROUP = /[([][^()[\]]*[)\]]/g;
const LETTERS = /^\p{L}{3,}$/u;

function collectFirst(pattern: string, found: Set<string>): void {
  const text = pattern.trimStart();
  if (!text) return;
  const c = text[0];
  if (c === '(' || c === '[') {
    const close = findClose(text, 0);
    const rest = text.slice(close + 1);
    for (const option of splitTopLevel(text.slice(1, close))) collectFirst(`${option} ${rest}`, found);
    if (c === '[') collectFirst(rest, found);
    return;
  }
  const piece = /^[^\s([]+/.exec(text)![0];
  if (!addFirst(piece, found)) collectFirst(text.slice(piece.length), found);
}

/** Adds the first word of a literal piece (and of its solid form when hyphenated); false if it has none. */
function addFirst(piece: string, found: Set<string>): boolean {
  const first = tokenise(piece)[0];
  if (!first) return false;
  found.add(first.norm);
  if (hasInnerHyphen(piece)) {
    const solid = tokenise(solidForm(piece))[0];
    if (solid) found.add(solid.norm);
  }
  return true;
}
