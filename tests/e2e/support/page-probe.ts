import type { Page } from '@playwright/test';

/**
 * A page script that records everything a web page can observe of the extension: the DOM as
 * serialised, every element's attributes and box, the computed style of any element the page did not
 * write, shadow roots it can open, the highlight registry, style sheets, scroll size, every DOM
 * mutation and every message posted to the window since the page started. Installed before the page's
 * own scripts, as an analytics tag would be.
 */
export async function installPageProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    const messages: string[] = [];
    window.addEventListener('message', (event) => messages.push(JSON.stringify(event.data)));
    const describe = (node: Node) =>
      node.nodeType === 1 ? `<${(node as Element).tagName.toLowerCase()}>` : `#${node.nodeName}`;
    new MutationObserver((records) => {
      for (const r of records) {
        log.push(
          [
            r.type,
            describe(r.target),
            r.attributeName ?? '',
            r.attributeName ? ((r.target as Element).getAttribute(r.attributeName) ?? '') : '',
            [...r.addedNodes].map(describe).join(','),
            [...r.removedNodes].map(describe).join(','),
          ].join('|'),
        );
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

    (window as unknown as { __probe: () => unknown }).__probe = () => {
      const elements = [...document.querySelectorAll('*')];
      const own = elements.filter((e) => e.tagName.includes('-'));
      const styleOf = (e: Element) => {
        const style = getComputedStyle(e);
        return [...style].map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
      };
      return {
        html: document.documentElement.outerHTML,
        attributes: elements.map((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`).join(' ')),
        customElements: own.map((e) => ({
          tag: e.tagName,
          shadowRoot: e.shadowRoot === null ? null : 'open',
          box: JSON.stringify(e.getBoundingClientRect()),
          style: styleOf(e),
        })),
        highlights: [...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => r.toString())]),
        styleSheets: [...document.styleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')),
        adopted: document.adoptedStyleSheets.length,
        scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
        title: document.title,
        mutations: log,
        messages,
      };
    };
  });
}

export const probe = (page: Page) => page.evaluate(() => (window as unknown as { __probe: () => unknown }).__probe());
