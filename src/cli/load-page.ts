/** The address a saved page declares for itself: its canonical link, else its og:url. */
export function pageUrl(doc: Document): string | null {
  const declared =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return declared && URL.canParse(declared) ? declared : null;
}
