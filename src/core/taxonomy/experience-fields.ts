/**
 * Fields the word lists do not know, read from the shape of the ask (issue 11): "experience of public
 * health work", "a background in transfusion", "experience as a stop smoking adviser". The object names
 * a field when it ends in a noun for a field, a service or a role and a word before that noun says which
 * one; or when it is what a "background" is in. Words are written as the text is; they are compared as
 * normal forms.
 */
const words = (list: string): string[] => list.split(' ');

export const EXPERIENCE_FIELDS = {
  /** Nouns that name a field of work when a word before them says which: "public health work". */
  fieldHeads: words('work field discipline specialty speciality'),
  /** Nouns that name a role when a word before them says which field: "smoking cessation adviser". */
  roleHeads: words('adviser advisor advisers advisors counsellor counsellors coordinator co-ordinator facilitator'),
  /** Words before a field noun that say only how, where or how much, not which field: "a busy service". */
  vague: words(
    'busy pressurised fast paced pace similar relevant related comparable equivalent appropriate clinical ' +
      'care health healthcare nhs uk hospital large small complex challenging demanding multi team other ' +
      'same this our your their new current previous general varied wide different direct frontline ' +
      'front line patient patients public-facing customer office social support voluntary paid academic ' +
      'employment proven career educational professional work working',
  ),
  /** Heads read as "a background in …" or "… background": what the background is in names the field. */
  backgroundHeads: words('background'),
} as const;
