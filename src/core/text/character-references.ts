/** The named references escaped descriptions use; any other name is left to an HTML parser. */
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };
/** A reference with its semicolon: decimal, hexadecimal or named. */
const REFERENCE = /&(?:#(\d{1,7});|#[xX]([0-9a-fA-F]{1,6});|([a-zA-Z][a-zA-Z0-9]*);)/y;
/** What could start a reference a parser reads differently ("&amp" without its semicolon, "&#39"). */
const REFERENCE_START = /[a-zA-Z0-9#]/;
/** A tag, or characters an HTML parser rewrites as it reads (a carriage return, a NUL). */
const MARKUP = /[<\r\0]/;

/** A code point a parser keeps as written: not NUL, C0 or C1 controls (but tab and line feed), or surrogates. */
const kept = (code: number) =>
  code === 9 ||
  code === 10 ||
  (code >= 0x20 && code < 0x7f) ||
  (code >= 0xa0 && code < 0xd800) ||
  (code >= 0xe000 && code <= 0x10ffff);

/**
 * Text escaped once more ("&lt;p&gt;Band 5 &amp;amp; …") decoded without an HTML parser, the way a
 * parser reads it as the text of a body: the named references above and numeric ones. Null when the text
 * holds anything a parser would read otherwise (a tag, a carriage return, another name, a reference
 * without its semicolon, a code point a parser replaces): parse it then.
 */
export function decodeReferences(text: string): string | null {
  if (MARKUP.test(text)) return null;
  let out = '';
  let from = 0;
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
    REFERENCE.lastIndex = at;
    const match = REFERENCE.exec(text);
    if (!match) {
      if (REFERENCE_START.test(text.charAt(at + 1))) return null;
      continue;
    }
    const [whole, decimal, hex, name] = match;
    let decoded: string | undefined;
    if (name !== undefined) decoded = NAMED[name];
    else {
      const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
      if (kept(code)) decoded = String.fromCodePoint(code);
    }
    if (decoded === undefined) return null;
    out += text.slice(from, at) + decoded;
    from = at + whole.length;
    at = from - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
