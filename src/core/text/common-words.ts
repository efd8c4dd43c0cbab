/**
 * English words that are also abbreviations in the taxonomy ("IT", "MUST", "ACT", "LEAN"). Their
 * capitals carry the meaning, so they are not trusted in text written in capitals ("IT IS ESSENTIAL")
 * or when a verb follows them ("It is expected", typed "IT is expected").
 */
export const COMMON_WORDS = new Set([
  'a', 'act', 'aim', 'all', 'am', 'an', 'and', 'any', 'are', 'art', 'as', 'at', 'be', 'bed', 'by',
  'can', 'care', 'cat', 'do', 'epic', 'excel', 'go', 'has', 'he', 'his', 'ice', 'if', 'in', 'is', 'it',
  'lean', 'may', 'me', 'must', 'my', 'no', 'not', 'of', 'on', 'or', 'our', 'pace', 'pals', 'plan',
  'prevent', 'rest', 'rio', 'safe', 'so', 'star', 'sun', 'teams', 'the', 'to', 'up', 'us', 'vision',
  'was', 'we', 'word', 'you',
]);

/** Words after which a word-like abbreviation is a pronoun or verb: "IT is", "US will". */
export const VERBS_AFTER_PRONOUN = new Set([
  'is', 'was', 'are', 'were', 'will', 'would', 'may', 'might', 'can', 'could', 'should', 'must',
  'has', 'had', 'have', 'does', 'did', 'shall',
]);
