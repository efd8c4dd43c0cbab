/**
 * Forms of one word that a reader takes for the same word: its inflections ("led", "leading" and
 * "leads" are "lead") and a slip of one letter in a long word ("practitoner", "experence").
 * Words are normal forms (normaliseToken): lower case, British, singular.
 */

/** Past forms that no suffix rule reaches. */
const IRREGULAR: Record<string, string> = {
  led: 'lead',
  taught: 'teach',
  wrote: 'write',
  written: 'write',
  spoke: 'speak',
  spoken: 'speak',
  held: 'hold',
  built: 'build',
  made: 'make',
  undertaken: 'undertake',
  undertook: 'undertake',
  understood: 'understand',
  thought: 'think',
  brought: 'bring',
  sought: 'seek',
  kept: 'keep',
  met: 'meet',
  ran: 'run',
};

const DOUBLED = /([bdgklmnprt])\1$/;

/**
 * The key shared by the inflections of a word: "managing", "managed" and "manage" → "manag";
 * "planned" and "planning" → "plan"; "led" → "lead". Short words and words with digits are their
 * own key.
 */
export function inflectionKey(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined && Object.hasOwn(IRREGULAR, word)) return inflectionKey(irregular);
  if (word.length < 4 || /\d/.test(word)) return word;
  let base = word;
  if (word.endsWith('ing') && word.length >= 6) base = word.slice(0, -3);
  else if (word.endsWith('ied') && word.length >= 6) base = word.slice(0, -3) + 'y';
  else if (word.endsWith('ed') && word.length >= 5) base = word.slice(0, -2);
  if (base !== word && DOUBLED.test(base) && !base.endsWith('ll')) base = base.slice(0, -1);
  return base.endsWith('e') && base.length > 3 ? base.slice(0, -1) : base;
}

/** Whether the word is a past or -ing form ("led", "managed", "leading"), which may stand for its base form. */
export const isInflected = (word: string): boolean =>
  Object.hasOwn(IRREGULAR, word) || (word.length >= 5 && /(ing|ed)$/.test(word));

/** The word with each one letter left out: the keys of a one-slip lookup. */
export function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Whether `typed` is `word` with one letter dropped or doubled inside it ("practitoner", "centered"),
 * or two neighbours swapped ("recieve"). A changed letter, or a letter more or less at the end, makes
 * another word too often ("employer"/"employee", "director"/"directory"), so neither counts.
 */
export function oneSlipApart(typed: string, word: string): boolean {
  if (typed === word || Math.abs(typed.length - word.length) > 1) return false;
  let i = 0;
  while (i < typed.length && i < word.length && typed[i] === word[i]) i++;
  if (typed.length === word.length) {
    return typed[i] === word[i + 1] && typed[i + 1] === word[i] && typed.slice(i + 2) === word.slice(i + 2);
  }
  const [longer, shorter] = typed.length > word.length ? [typed, word] : [word, typed];
  return i < shorter.length && longer.slice(i + 1) === shorter.slice(i);
}
