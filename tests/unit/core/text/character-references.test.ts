import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeReferences } from '../../../../src/core/text/character-references';

/** The text of a body holding `html` as parsers read it: happy-dom (for a browser) and linkedom (the CLI's). */
const parsed = (html: string) => {
  const page = `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const browser = new DOMParser().parseFromString(page, 'text/html').body.textContent;
  const cli = (parseHTML(page) as unknown as { document: Document }).document.body.textContent;
  return { browser, cli };
};

describe('decodeReferences', () => {
  it.each([
    '&lt;p&gt;Band 5 &amp;amp; Band 6&lt;/p&gt;',
    '&lt;li&gt;&quot;Caring&quot; &amp;nbsp;and &apos;kind&apos;&lt;/li&gt;',
    'Tom&#39;s ward &#x2013; A&amp;amp;E &#8217;24&#160;hours',
    'R & D, fish & chips; a lone & at the end &',
    '\n\t  leading and trailing space  \n',
    'no references at all',
  ])('decodes %j as a parser reads the text of a body', (text) => {
    const decoded = decodeReferences(text);
    expect(decoded).not.toBeNull();
    const { browser, cli } = parsed(text);
    expect(decoded).toBe(cli);
    expect(decoded).toBe(browser);
  });

  it('leaves the whole text to a parser when it reads something differently or may', () => {
    for (const text of [
      '&lt;p&gt;<b>a real tag</b>',
      'a carriage return\r\n',
      'a NUL \0',
      '&amp without its semicolon',
      '&#39 without its semicolon',
      '&copy; another name',
      '&AMP; a name in capitals',
      '&ltfoo; a name that only starts like one',
      '&#150; a C1 code the parser maps to another character',
      '&#0; NUL',
      '&#xD800; a surrogate',
      '&#1114112; beyond Unicode',
      'A&E unescaped',
    ])
      expect(decodeReferences(text), text).toBeNull();
  });

  it('returns the text itself when it holds no reference', () => {
    const text = 'Band 5 staff nurse';
    expect(decodeReferences(text)).toBe(text);
  });
});
