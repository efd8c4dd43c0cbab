import { expect, type CDPSession, type Page } from '@playwright/test';

/**
 * The extension draws its marks and key inside closed shadow roots, which page scripts (and
 * Playwright's locators) cannot enter. The DevTools protocol can: these helpers read them through
 * it, as a user sees them, without any test hook in the extension.
 */
type DomNode = {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
};

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const session = (page: Page) => {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = page.context().newCDPSession(page)));
  return s;
};

/** The element's (first) shadow root, described whole: found by a query, so a huge page is not serialised. */
async function shadowRootOf(page: Page, tag: string): Promise<DomNode | null> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: DomNode };
  const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: tag })) as {
    nodeIds: number[];
  };
  // A page that copies its own HTML through innerHTML leaves empty copies of the host behind: the one with
  // a shadow root is the extension's.
  for (const nodeId of nodeIds) {
    const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as { node: DomNode };
    if (node.shadowRoots?.length) return node.shadowRoots[0]!;
  }
  return null;
}

const attribute = (node: DomNode, name: string) => {
  const list = node.attributes ?? [];
  const at = list.indexOf(name);
  return at >= 0 && at % 2 === 0 ? list[at + 1] : undefined;
};

function walk(node: DomNode, visit: (n: DomNode, hidden: boolean) => void, hidden = false) {
  const isHidden = hidden || (node.nodeType === 1 && attribute(node, 'hidden') !== undefined);
  visit(node, isHidden);
  for (const child of node.children ?? []) walk(child, visit, isHidden);
}

/** The visible text inside the element's closed shadow root ('' when there is none). */
export async function shadowText(page: Page, tag: string): Promise<string> {
  const root = await shadowRootOf(page, tag);
  if (!root) return '';
  const parts: string[] = [];
  walk(root, (n, hidden) => {
    if (n.nodeType === 3 && !hidden && n.nodeValue) parts.push(n.nodeValue);
    if (n.nodeType === 1 && ['STYLE', 'SCRIPT'].includes(n.nodeName)) n.children = [];
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Clicks the visible button with this text inside the element's closed shadow root. */
export async function clickInShadow(page: Page, tag: string, name: RegExp): Promise<void> {
  const root = await shadowRootOf(page, tag);
  let button: DomNode | null = null;
  walk(root ?? ({ nodeName: '', nodeType: 0 } as DomNode), (n, hidden) => {
    if (button || hidden || n.nodeName !== 'BUTTON') return;
    const text: string[] = [];
    walk(n, (c) => c.nodeType === 3 && text.push(c.nodeValue ?? ''));
    if (name.test(text.join(''))) button = n;
  });
  if (!button) throw new Error(`No visible button ${name} in <${tag}>`);
  const cdp = await session(page);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: (button as DomNode).backendNodeId });
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: (button as DomNode).backendNodeId })) as {
    model: { content: number[] };
  };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

export type MarkBox = { kind: string; left: number; top: number; width: number; height: number };

/** The mark boxes drawn in the overlay, in document coordinates, with their kind. */
export async function markBoxes(page: Page): Promise<MarkBox[]> {
  const root = await shadowRootOf(page, 'nhsps-marks');
  if (!root) return [];
  const boxes: MarkBox[] = [];
  walk(root, (n) => {
    const cls = attribute(n, 'class') ?? '';
    if (!cls.startsWith('mark ')) return;
    const style = attribute(n, 'style') ?? '';
    const px = (p: string) => Number(new RegExp(`${p}:\\s*([-\\d.]+)px`).exec(style)?.[1] ?? NaN);
    boxes.push({ kind: cls.slice(5), left: px('left'), top: px('top'), width: px('width'), height: px('height') });
  });
  return boxes;
}

/**
 * How each occurrence of a phrase on the page is marked: the kinds of the boxes that cover it, per
 * occurrence in the visible copy ([] for an occurrence left unmarked).
 */
export async function marksOn(page: Page, phrase: string): Promise<string[][]> {
  const boxes = await markBoxes(page);
  const places = await page.evaluate((wanted) => {
    const found: Array<Array<{ left: number; top: number; width: number }>> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let at = node.data.indexOf(wanted); at >= 0; at = node.data.indexOf(wanted, at + 1)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        if (rects.length > 0)
          found.push(rects.map((r) => ({ left: r.left + scrollX, top: r.top + scrollY, width: r.width })));
      }
    }
    return found;
  }, phrase);
  return places.map((rects) => [
    ...new Set(
      boxes
        .filter((b) =>
          rects.some(
            (r) => Math.abs(b.top - r.top) < 3 && b.left < r.left + r.width - 1 && b.left + b.width > r.left + 1,
          ),
        )
        .map((b) => b.kind),
    ),
  ]);
}

/** Waits until the key docked on the advert shows the analysis (the background has answered). */
export async function keyShown(page: Page): Promise<string> {
  let text = '';
  await expect
    .poll(async () => (text = await shadowText(page, 'nhsps-key')), { timeout: 10_000 })
    .toMatch(/essential criteria|Essential: /);
  return text;
}
