/**
 * What a list item is by how it opens: a requirement ("Experience of …", "Able to …"), a duty of the post
 * ("Ensure …", "To support …"), or the applicant's wish ("want to make a difference").
 */

// "… want to make a difference", "interested in job security": the applicant's wish, not a requirement.
const WISH = /^(?:(?:to\s+|is\s+|are\s+|am\s+)?(?:want|wants|wanting|would\s+like|interested|keen|looking)\b)/i;
const BENEFIT =
  /\b(?:salary|pension|job\s+security|benefits?|holidays?|annual\s+leave|pay|discounts?|package|bonus)\b/i;

/** An item that states a wish ("want to get involved with …"): asked of nobody, so not essential. */
export const statesWish = (item: string): boolean => WISH.test(item.trim());

/** A wish for what the post gives ("interested in job security tied to a good salary"): no criterion at all. */
export const wishesForBenefit = (item: string): boolean => statesWish(item) && BENEFIT.test(item);

// The verbs a duties list opens with: "Ensure …", "To undertake …", "Supporting …".
const DUTY_VERBS = [
  'ensur|undertak|deliver|carry(?:ing)?\\s+out|support|assist|maintain|provid|monitor|escalat|lead|manag',
  'co-?ordinat|report|work|participat|take\\s+part|taking\\s+part|liais|attend|adher|respect|use|using|promot',
  'contribut|act|oversee|review|implement|prepar|organis|plan|record|order|complet|visit|assess|administer',
  'arrang|updat|respond|deal|develop|communicat|help|facilitat|handl|process|answer|book|chair|represent|treat',
  'care\\s+for|caring\\s+for',
].join('|');
const DUTY = new RegExp(String.raw`^(?:to\s+)?(?:${DUTY_VERBS})(?:e|es|s|ing)?\b`, 'i');
// "Work well in a team", "Communicate effectively": how the applicant works, an ability.
const WELL = 'well|effectively|independently|autonomously|flexibly|accurately|collaboratively|confidently';
const CAREFULLY = 'professionally|appropriately|sensitively|calmly|clearly|under\\s+pressure';
const HOW_WELL = new RegExp(String.raw`^\S+(?:\s+\S+)?\s+(?:${WELL}|${CAREFULLY})\b`, 'i');
// "Managing a Quality Service", "Delivering at Pace": the name of a competency, in title case.
const TITLE_CASE = /^(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:a|an|and|at|of|the|to|in|&|\p{Lu}[\p{L}'’-]*))*)$/u;

/** A duty of the post ("Ensure records are kept", "To support the team"), not something asked of the applicant. */
export function opensWithDuty(item: string): boolean {
  const text = item.trim();
  return DUTY.test(text) && !HOW_WELL.test(text) && !TITLE_CASE.test(text.replace(/[.;,:]+$/, ''));
}

// How a requirement item opens: "Experience of …", "Good knowledge of …", "Able to …", "Registered nurse".
const QUALITY = [
  'good|excellent|strong|sound|proven|demonstrable|demonstrated|relevant|previous|recent|extensive|significant',
  'thorough|working|basic|full|current|clear|effective|high|some|specialist|in[\\s-]?depth|detailed|broad|wide',
  'post[\\s-]?registration|post[\\s-]?qualification',
].join('|');
const HEAD = [
  'experience[sd]?|knowledge|understanding|abilit(?:y|ies)|able|skill(?:s|ed)?|qualifications?|qualified',
  'registered|registration|degree|diploma|NVQ|GCSE|QCF|evidence|willing(?:ness)?|commitment|flexib\\w*|competen\\w*',
  'proficien\\w*|awareness|aware|familiar\\w*|driving|driver|licen[cs]e|trained|training|educated|membership',
  'excellent|good|strong|capable|confident|motivated|enthusiastic|computer|literate|numerate|fluent',
].join('|');
const REQUIREMENT_HEAD = new RegExp(String.raw`^(?:an?\s+|the\s+)?(?:(?:${QUALITY})[\s,]+){0,2}(?:${HEAD})\b`, 'i');

/** A list item that opens as a requirement does ("Experience of …", "Able to …"), whatever list it is in. */
export const opensAsRequirement = (item: string): boolean => REQUIREMENT_HEAD.test(item.trim());
