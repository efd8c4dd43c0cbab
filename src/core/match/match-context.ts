/** What the matcher may know of the advert beyond the criterion's own words. */
export type MatchContext = {
  /** The advert's job title ("Staff Nurse", "Band 6 Midwife"), when the page gives one. */
  title?: string | null;
  /**
   * The heading or lead-in the criterion sits under ("Experience", "Knowledge of:"), when the page
   * gives one: an item under "Experience of:" is experience of that item.
   */
  category?: string | null;
};
