import { PROFILE_LIMITS } from '../../core/model/profile';

/** "venepuncture, taking bloods\nphlebotomy" → each phrase once, trimmed, in the order typed. */
export function splitVariants(text: string): string[] {
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const raw of text.split(/[\n,;]+/)) {
    const phrase = raw.trim().replace(/\s+/g, ' ').slice(0, PROFILE_LIMITS.variantChars);
    const key = phrase.toLowerCase();
    if (!phrase || seen.has(key)) continue;
    seen.add(key);
    phrases.push(phrase);
  }
  return phrases.slice(0, PROFILE_LIMITS.variants);
}
