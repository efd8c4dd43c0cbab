/**
 * The extension's own <style> element with this id, added to the page when missing. Looked up by
 * our marker as well as the id, so a page element that happens to use the id is never rewritten
 * or removed; added to <html> when a page has removed its <head>.
 */
export function ownStyle(doc: Document, id: string): HTMLStyleElement {
  const existing = doc.querySelector<HTMLStyleElement>(`style#${id}[data-nhsps]`);
  if (existing) return existing;
  const style = doc.createElement('style');
  style.id = id;
  style.dataset.nhsps = '';
  (doc.head ?? doc.documentElement).appendChild(style);
  return style;
}

export function removeOwnStyle(doc: Document, id: string): void {
  doc.querySelector(`style#${id}[data-nhsps]`)?.remove();
}
