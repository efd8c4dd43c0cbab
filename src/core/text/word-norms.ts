import { tokenise } from './tokenise';

/** The normal forms of every word of these phrases, as one set: what the words of a text are compared with. */
export const normsOf = (phrases: readonly string[]): Set<string> =>
  new Set(phrases.flatMap((phrase) => tokenise(phrase).map((t) => t.norm)));

/** Each phrase as the normal forms of its words, longest first, so the longest phrase at a place is found first. */
export const phrasesLongestFirst = (phrases: readonly string[]): string[][] =>
  phrases.map((phrase) => tokenise(phrase).map((t) => t.norm)).sort((a, b) => b.length - a.length);
