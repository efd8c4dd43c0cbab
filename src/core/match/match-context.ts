/** What the matcher may know of the advert beyond the criterion's own words. */
export type MatchContext = {
  /** The advert's job title ("Staff Nurse", "Band 6 Midwife"), when the page gives one. */
  title?: string | null;
};
