import fc from 'fast-check';
import { defaultMatcher } from '../../../src/core/taxonomy/default-matcher';
import { expandPattern } from '../../../src/core/taxonomy/expand-pattern';

/**
 * Inputs for property tests: text that looks like person-specification criteria (taxonomy phrases,
 * cue words, punctuation) mixed with what hostile or broken pages contain (markup characters,
 * zero-width and bidi controls, combining marks, emoji, lone surrogates, odd whitespace).
 */

const variantText = (v: string | { text: string }) => (typeof v === 'string' ? v : v.text);

/** A sample of the taxonomy's own phrases, so generated text actually produces hits. */
export const TAXONOMY_PHRASES: string[] = (() => {
  const phrases = new Set<string>();
  for (const skill of defaultMatcher().skills.values()) {
    phrases.add(skill.label);
    for (const variant of [...skill.variants, ...skill.abbreviations].slice(0, 4)) {
      try {
        for (const phrase of expandPattern(variantText(variant)).slice(0, 2)) phrases.add(phrase);
      } catch {
        // a pattern with too many expansions: its label is in the sample already
      }
    }
  }
  return [...phrases];
})();

const CUE_WORDS = [
  'essential',
  'desirable',
  'experience',
  'of',
  'in',
  'and',
  'or',
  'not',
  'no',
  'without',
  'willing to undertake',
  'working towards',
  'or equivalent',
  'eligible for',
  'level',
  'Level 3',
  'band 6',
  'Band 8a',
  '2 years',
  'NVQ',
  'registration',
  'clinical',
  'audit',
  'governance',
  'degree',
  'e.g.',
  'i.e.',
  'etc.',
  'A/I',
  '(E)',
  '(D)',
  'Hanfodol',
];

const ODD_PIECES = [
  '<script>alert(1)</script>',
  '<b>',
  '</li>',
  '&amp;',
  '&lt;',
  '"',
  "'",
  '`',
  '\\',
  '/',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2067',
  '\u2069',
  '\u061c',
  '\u0301',
  '\u0338',
  'e\u0301',
  'ﬁ',
  'ß',
  'İ',
  'ǅ',
  '👩‍⚕️',
  '🏥',
  '\ud800',
  '\udfff',
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u2003',
  '\u2028',
  '\u2029',
  '–',
  '—',
  '‘',
  '’',
  '“',
  '”',
  '…',
  '•',
  '·',
  '&',
  '+',
  '%',
  '£',
  '€',
  '#',
  '@',
  'العربية',
  'עברית',
  'Ελληνικά',
  '中文',
  'Cymraeg',
];

const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '; ', ' - ', '/', '\n', '  ', ''];

/** One piece of criterion-like text. */
export const textPiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TAXONOMY_PHRASES) },
  { weight: 3, arbitrary: fc.constantFrom(...CUE_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(...TAXONOMY_PHRASES).map((p) => p.toUpperCase()) },
);

/** Criterion-like text: pieces joined by spaces and punctuation. */
export const criterionText: fc.Arbitrary<string> = fc
  .array(fc.tuple(textPiece, fc.constantFrom(...SEPARATORS)), { maxLength: 24 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''));

const TAGS = [
  'p',
  'span',
  'b',
  'i',
  'a',
  'div',
  'ul',
  'ol',
  'li',
  'h3',
  'h4',
  'br',
  'details',
  'summary',
  'table',
  'td',
  'script',
  'style',
  'template',
  'svg',
  'img',
];

const CRITERION_IDS = fc
  .tuple(fc.constantFrom('essential', 'desirable', 'Essential', 'optional'), fc.nat({ max: 4 }), fc.nat({ max: 4 }))
  .map(([level, n, m]) => `${level}_skill_${n}_criteria_${m}`);

const attribute: fc.Arbitrary<string> = fc.oneof(
  CRITERION_IDS.map((id) => ` id="${id}"`),
  fc.nat({ max: 4 }).map((n) => ` id="skill_category_${n}"`),
  fc.constantFrom(
    ' class="hide-mobile"',
    ' class="show-mobile"',
    ' open',
    ' style="display:none"',
    ' hidden',
    ' id="heading"',
    ' id="closing_date"',
    ' id="payscheme-band"',
  ),
  fc.constant(''),
);

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** HTML fragments that use the NHS Jobs ids and structure in arbitrary, often broken, ways. */
export const htmlFragment: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    criterionText.map(escapeText),
    criterionText,
    fc
      .tuple(fc.constantFrom(...TAGS), attribute, tie('nodes'), fc.boolean())
      .map(([tag, attrs, inner, closed]) => `<${tag}${attrs}>${inner}${closed ? `</${tag}>` : ''}`),
  ),
  nodes: fc.array(tie('node'), { maxLength: 5 }).map((parts) => parts.join('')),
})).nodes;

/** A whole page: sometimes a proper document, sometimes just a fragment. */
export const htmlPage: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), htmlFragment)
  .map(([wrapped, body]) =>
    wrapped
      ? `<!DOCTYPE html><html><head><title>t</title></head><body><main id="maincontent">${body}</main></body></html>`
      : body,
  );

const HEADING_LINES = [
  'Person Specification',
  'Person specification',
  'Essential',
  'Desirable',
  'Essential criteria',
  'Desirable criteria',
  'Essential:',
  'Desirable:',
  'Qualifications',
  'Experience',
  'Knowledge and skills',
  'Hanfodol',
  'Dymunol',
  'The successful candidate will have:',
  'What you will bring',
  'Criteria | Essential | Desirable | Method of assessment',
  'Method of assessment: A = Application, I = Interview',
  'About us',
  'Job description',
];

const collapseWhitespace = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Lines of free text as the free-text parser reads them: headings, labelled and bulleted items, prose, blanks. */
export const freeTextLine: fc.Arbitrary<{ text: string; heading: boolean; listItem: boolean }> = fc
  .tuple(
    fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...HEADING_LINES) },
      { weight: 4, arbitrary: criterionText },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('Essential: ', 'Desirable: ', '• ', '- ', '1. ', 'E ', '(D) '), criterionText)
          .map(([a, b]) => a + b),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(criterionText, fc.constantFrom(' (E)', ' (D)', ' E', ' A/I', ' Essential', ' would be an advantage'))
          .map(([a, b]) => a + b),
      },
      { weight: 1, arbitrary: fc.constant('') },
    ),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([text, heading, listItem]) => ({ text: collapseWhitespace(text), heading, listItem }));

/** A free-text page: the same kinds of lines as HTML, in headings, paragraphs, lists, <br>-broken text and tables. */
export const freeTextPage: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.constantFrom('h2', 'h3', 'p', 'li', 'br', 'strong', 'td'),
      fc.oneof(fc.constantFrom(...HEADING_LINES), criterionText),
    ),
    { maxLength: 30 },
  )
  .map((parts) => {
    const body = parts
      .map(([tag, text]) => {
        const t = escapeText(text);
        if (tag === 'li') return `<ul><li>${t}</li></ul>`;
        if (tag === 'br') return `${t}<br>`;
        if (tag === 'strong') return `<p><strong>${t}</strong></p>`;
        if (tag === 'td') return `<table><tr><td>${t}</td><td>E</td><td>A/I</td></tr></table>`;
        return `<${tag}>${t}</${tag}>`;
      })
      .join('\n');
    return `<!DOCTYPE html><html><head><title>Vacancy</title></head><body><main><h1>Vacancy</h1>${body}</main></body></html>`;
  });
