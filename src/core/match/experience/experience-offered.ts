import type { Token } from '../../text/tokenise';
import { experienceToGain } from './experience-to-gain';

const HEADS = new Set(['experience', 'exposure']);

/**
 * Experience words that name experience the post offers ("gain experience in …", "develop your skills and
 * experience", match/experience/experience-to-gain): the rules read no specialty from them, and the learned adder,
 * which weighs "experience" and "in" as words, adds none on them either.
 */
export function experienceOffered(tokens: readonly Token[]): number[] {
  const heads: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (HEADS.has(tokens[i]!.norm) && experienceToGain(tokens, i)) heads.push(i);
  return heads;
}
