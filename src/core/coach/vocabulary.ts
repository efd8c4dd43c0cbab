/**
 * Small closed word lists the evidence check reads an example with. They describe how an example is
 * told (who did what, what changed, by how much), never what it is about: what it is about is the
 * matcher's job, and the matcher's words do not count here (see note-words.ts).
 */

/** Words that hold English prose together: a list of pasted keywords has almost none. */
export const FUNCTION_WORDS = new Set(
  (
    'a an the and but or so to of in on at for with from by as into onto after before when while during which ' +
    'that who whom whose this these those it its was were is are be been being had has have having did do does ' +
    "i i'm i've i'd i'll me my mine we we're we've our us they their them he she his her him there then than " +
    'because about over under up out off all each every any some no not nor would could should will shall can ' +
    'may might must also only just both either what where how why if once until since through within without ' +
    'between across against per'
  ).split(' '),
);

/** The writer as the subject: "I", "I've", "I'd" (lower-cased; a typed lower-case "i" counts too). */
export const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", "i'll"]);

/** After "I", words that tell a state or a wish rather than something done: "I was", "I feel", "I would". */
export const NOT_AN_ACTION = new Set(
  (
    'am was were feel felt think thought believe believed hope hoped wish like liked love loved enjoy enjoyed ' +
    'would will can could might may should must want wanted need needed'
  ).split(' '),
);

/** Words that set a scene: when and where it happened, what the problem or the task was. */
export const SITUATION_WORDS = new Set(
  (
    'when while during where following faced facing asked tasked because since recently previously ' +
    'last problem issue concern concerns challenge noticed identified complaint complaints incident incidents ' +
    'backlog shortage rising rose high low'
  ).split(' '),
);

/** Words that tell what came of it: outcomes, changes, recognition ("led to" is read as a pair). */
export const RESULT_WORDS = new Set(
  (
    'result results resulted resulting outcome outcomes reduced reduce reducing reduction ' +
    'improved improving improvement improvements increased increase decreased decrease fell dropped halved ' +
    'doubled tripled saved achieved feedback praised adopted recognised recognized sustained avoided prevented ' +
    'fewer less shorter faster quicker now since successfully success therefore consequently cut'
  ).split(' '),
);

/** Number words: a measurable result needs one of these, or digits. */
export const NUMBER_WORDS = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty ' +
    'sixty seventy eighty ninety hundred hundreds thousand thousands million half halved third thirds ' +
    'quarter quarters double doubled twice triple tripled percent'
  ).split(' '),
);

/** Units of time: "within a month", "in six weeks" measure a result too. */
export const TIME_UNITS = new Set('minute minutes hour hours day days week weeks month months year years'.split(' '));
