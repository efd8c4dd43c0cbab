type Props = Record<string, string | ((event: Event) => void)>;

/**
 * Builds small elements of one document in one expression: attributes by name, `on…` for
 * listeners, text or elements for children. Text is only ever set as text.
 */
export const elementBuilder =
  (doc: Document) =>
  <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    props: Props = {},
    ...children: Array<Node | string>
  ): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(props)) {
      if (typeof value === 'function') node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value);
    }
    node.append(...children);
    return node;
  };
