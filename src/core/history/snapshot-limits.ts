/** The job description's text kept with an advert: the page's main text, cut to this many characters. */
export const DESCRIPTION_CHARS = 20_000;
/** The criteria's text kept with an advert, in all: a real person specification is a few thousand. */
export const SNAPSHOT_CRITERIA_CHARS = 30_000;
