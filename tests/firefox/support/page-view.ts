import type { Page } from 'puppeteer-core';

/**
 * Everything a script of the advert page can read that the extension could change: the document's
 * markup (the extension's elements included), each of the extension's elements' attributes, size,
 * computed style and shadow root, the highlight registry, the style sheets, and the document's size.
 * Run with an empty profile and with a full one, the two must be equal (issue 12, section 1).
 */
export function whatThePageSees(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const ours = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('nhsps-'));
    return {
      markup: document.documentElement.outerHTML,
      elements: ours.map((e) => {
        const style = getComputedStyle(e);
        const rect = e.getBoundingClientRect();
        return {
          tag: e.localName,
          attributes: [...e.attributes].map((a) => [a.name, a.value]),
          box: [rect.x, rect.y, rect.width, rect.height],
          style: [...style].map((name) => `${name}: ${style.getPropertyValue(name)}`),
          shadowRoot: e.shadowRoot === null ? null : e.shadowRoot.innerHTML,
          children: e.childNodes.length,
        };
      }),
      highlights: 'highlights' in CSS ? [...CSS.highlights.keys()] : 'unsupported',
      styleSheets: [...document.styleSheets].map((s) => {
        try {
          return [s.href, s.cssRules.length];
        } catch {
          return [s.href, 'cross-origin'];
        }
      }),
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      size: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
    };
  });
}
