import { remembered } from '../../text/remembered';
import { REQUIREMENT_NOUN } from './requirement-nouns';

/**
 * Statements of a level in prose: "Experience of … is essential", "… would be an advantage", "It is
 * essential that you …", "Knowledge of COSHH advantageous but not essential", "The essential
 * requirements of this post are …".
 */

const VERY = String.raw`(?:also\s+|highly\s+|very\s+|absolutely\s+|particularly\s+|really\s+|therefore\s+|equally\s+)?`;
const ESSENTIAL = String.raw`essential\s+criteri(?:a|on)|essential|requirements?|a\s+requirement|mandatory`;
const DESIRABLE = String.raw`desirable|preferred|preferable|advantageous|an\s+advantage|beneficial|helpful|useful`;
const WELCOME = String.raw`welcome[d]?|an\s+asset|a\s+plus|a\s+bonus`;
const NEEDED = String.raw`required|necessary|needed|vital|crucial|important|a\s+must|an\s+absolute\s+must`;
const IS = String.raw`(?:is|are)(?:\s+also)?|(?:will|would|may|might|should)(?:\s+also)?\s+be|be|is\s+seen\s+as|considered`;
// The level word ends the statement: "… is required for this post", not "… is required to", "an essential part of".
const NOT_TO = String.raw`(?!(?<=(?:required|expected|needed|necessary|asked))\s+to\b)`;
const NOT_A_PART = 'from|part|member|role|services?|skills?\\s+clusters?|that|elements?|components?|service';
const NOT_DOING = 'in\\s+(?:ensuring|providing|delivering|supporting)';
const STATEMENT_END = String.raw`${NOT_TO}(?!\s+(?:${NOT_A_PART}|${NOT_DOING})\b)`;
const STATEMENT = String.raw`\b(?:${IS})\s+${VERY}(?:an?\s+)?(${ESSENTIAL}|${DESIRABLE}|${WELCOME}|${NEEDED})\b${STATEMENT_END}`;
const STATED = new RegExp(STATEMENT, 'i');
const EVERY_STATED = new RegExp(STATEMENT, 'gi');

/** The level word of the sentence's first statement ("essential", "would be an advantage"), or null. */
export const statedWord = (body: string): string | null => STATED.exec(body)?.[1] ?? null;

/** Whether a stated level word asks for the requirement outright (essential, required) or prefers it. */
export function statedLevel(word: string): 'essential' | 'needed' | 'desirable' {
  if (/^(?:essential|a\s+requirement|requirements?|mandatory)\b/i.test(word)) return 'essential';
  return new RegExp(`^(?:${NEEDED})$`, 'i').test(word) ? 'needed' : 'desirable';
}

// Where a statement's subject starts: after ", and", "; ", ", although", or after "and"/"but" that follow a
// clause with its own verb ("You will support the team and good IT skills are essential").
const COMMA_TURN = String.raw`,\s*(?:and|but|so|therefore|as|whilst|while|although|though|however)\s+`;
// "… and therefore a car is essential": the subject starts after both words.
const CLAUSE_BREAK = new RegExp(
  String.raw`${COMMA_TURN}|;\s+|\s+(?:(?:and|but)\s+(?:therefore|so)|and|but|therefore|so)\s+`,
  'gi',
);
const FINITE_VERB = /\b(?:will|must|is|are|was|were|has|have|had|should|would|can|may)\b/i;

export type Statement = { start: number; end: number; breakAt: number };

/**
 * Each level statement of a sentence: where its subject starts (after `breakAt`, or -1) and where it ends. Kept
 * for the last few sentences: the reader asks of a sentence's clauses, then of the sentence for its form.
 */
export const statements = remembered(256, (body: string): readonly Statement[] => statementsOf(body));

function statementsOf(body: string): Statement[] {
  const found: Statement[] = [];
  let from = 0;
  for (const stated of body.matchAll(EVERY_STATED)) {
    let start = from;
    let breakAt = -1;
    for (const m of body.slice(from, stated.index).matchAll(CLAUSE_BREAK)) {
      const at = from + m.index!;
      if (/^[,;]/.test(m[0]) || FINITE_VERB.test(body.slice(start, at))) {
        breakAt = at;
        start = at + m[0].length;
      }
    }
    const end = stated.index + stated[0].length;
    found.push({ start, end, breakAt });
    from = end;
  }
  return found;
}

// "Knowledge of COSHH advantageous but not essential.": a level word closing the sentence, with no verb.
const LEVEL_LAST = 'essential|desirable|desired|advantageous|preferred|preferable|beneficial';
const BUT_NOT = String.raw`(?:\s*[,(]?\s*but\s+not\s+(?:essential|necessary|required)\)?)?`;
const BARE_LEVEL = new RegExp(String.raw`\b(?:${LEVEL_LAST})${BUT_NOT}\s*[.!]?$`, 'i');

/** A short sentence closed by a level word: "Previous experience desired but not necessary." */
export const closesOnLevel = (body: string): boolean => BARE_LEVEL.test(body) && body.split(/\s+/).length <= 20;

// "The essential requirements of this post are …", "Your skills will include …".
const WHAT_IS_ASKED = 'requirements|attributes|qualities|criteria|skills';
const REQUIREMENTS_ARE = new RegExp(
  String.raw`\b(?:${WHAT_IS_ASKED})\s+(?:(?:of|for)\s+(?:[\w-]+\s+){1,4})?(?:are|will\s+include|include|is)\b`,
  'i',
);
// "It's also important you can …", "What's important is your …", "… will be vital to your success".
const IT_MATTERS = String.raw`essential|important|vital|useful|helpful|beneficial|desirable|an\s+advantage`;
const NOT_ABOUT_APPLYING = String.raw`(?!\s+(?:check|read|apply|submit|ensure|note|valued))`;
const IT_IS_FOR_YOU = String.raw`it(?:['’]s|\s+is|\s+would\s+be)\s+(?:also\s+|equally\s+)?(?:${IT_MATTERS})(?:,[^,]{1,30},)?\s+(?:that\s+|for\s+)?you\b${NOT_ABOUT_APPLYING}`;
const YOUR_X_MATTERS = [
  String.raw`(?:important|vital|key|crucial)\s+(?:to|for)\s+your\s+success`,
  String.raw`(?:it['’]s\s+)?your\s+[\w\s,]{1,60}(?:is|are|that['’]s|that\s+is)\s+(?:what['’]s\s+)?(?:important|vital|key)`,
].join('|');
const IMPORTANT = new RegExp(String.raw`\b(?:${IT_IS_FOR_YOU}|${YOUR_X_MATTERS})\b`, 'i');
// "More important is enthusiasm …", "Equally important will be your …", "What is important to us is that you …",
// "What matters to us is your …", "Key to this role is the ability …": the importance put first, what is asked after.
const TO_US = String.raw`(?:\s+to\s+(?:us|have|me))?(?:\s+most)?`;
const WHAT_MATTERS = String.raw`what(?:['’]s|\s+is)\s+(?:really\s+|most\s+)?important${TO_US}|what\s+(?:really\s+)?(?:matters|counts)${TO_US}`;
const KEY_TO_THE_ROLE = String.raw`key\s+(?:to|for|in)\s+(?:this|the)\s+(?:role|post|position)`;
const IMPORTANCE_FIRST = new RegExp(
  String.raw`(?:^|[,;:]\s*|\b(?:but|and)\s+)(?:(?:more|most|equally|also)\s+important|${WHAT_MATTERS}|${KEY_TO_THE_ROLE})\s+(?:is|are|will\s+be)\s+(?!our\b|we\b)(.+)`,
  'i',
);
const ASKED_OF_YOU = /\b(?:you|your|you['’]re)\b|\bthat\s+(?:our|the)\s+\w+/i;
const importanceFirst = (body: string): boolean => {
  const asked = IMPORTANCE_FIRST.exec(body)?.[1];
  return asked !== undefined && (ASKED_OF_YOU.test(asked) || REQUIREMENT_NOUN.test(asked));
};
// "It is essential that you …", "It is a requirement that the successful candidate …".
const THE_APPLICANT = String.raw`you|applicants|candidates|the\s+(?:successful\s+)?(?:candidate|applicant|post\s?holder)`;
const IT_IS = new RegExp(
  String.raw`\bit(?:['’]s|\s+is)\s+(?:also\s+)?(?:essential|desirable|a\s+requirement|important|vital)\s+(?:that\s+)?(?:${THE_APPLICANT})\b`,
  'i',
);

/** "It's also important you can …", "What's important is your …": what matters in the applicant. */
export const mattersInYou = (body: string): boolean => IMPORTANT.test(body) || importanceFirst(body);

/** "It is essential that you …", "It is a requirement that the successful candidate …". */
export const itIsThatYou = (body: string): boolean => IT_IS.test(body);

/** "The essential requirements of this post are …", "Your skills will include …". */
export const listsRequirements = (body: string): boolean => REQUIREMENTS_ARE.test(body);
