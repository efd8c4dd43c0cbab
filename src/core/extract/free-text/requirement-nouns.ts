/**
 * The nouns of a requirement: what an applicant holds (a registration, qualification, experience, skill
 * or ability, labelling rule 1) and what an applicant is ("flexible approach", "driving licence").
 */

export const HOLDS_STEMS = [
  String.raw`experience|qualifi|knowledge|skill|registration|registered|\bdegree|\babilit|\bable\s+to|licen[cs]e`,
  String.raw`\btrained\b|training|certificat|understanding|\bNVQ|\bGCSE|diploma|competen|proficien|expertise`,
  String.raw`\bMSc\b|\bBSc\b|\blevel\s+\d|background|track\s+record|\bPIN\b|membership|accredit|fluen|\bWelsh\b`,
];
export const HOLDS = new RegExp(HOLDS_STEMS.join('|'), 'i');

const IS_STEMS = [
  String.raw`driv(?:er|ing)|\bspeak|computer|literate|course|evidence\s+of|post-?graduate`,
  String.raw`familiar|awareness|capab|aptitude|\bcar\b|vehicle|flexib|willing|commitment|passion|attitude|approach`,
  String.raw`\binterest\s+in|competenc|attention\s+to\s+detail|numera|communicat`,
];
const NOUNS = new RegExp([...HOLDS_STEMS, ...IS_STEMS].join('|'), 'i');
// "IT skills" in capitals only: "it" is a pronoun.
const IT = /\bIT\b/;

/** A sentence that names something an applicant can hold or be. */
export const REQUIREMENT_NOUN = { test: (text: string): boolean => NOUNS.test(text) || IT.test(text) };
