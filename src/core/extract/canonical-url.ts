/** The advert's address without search parameters or fragment (NHS Jobs adds ?keyword=…&page=N). */
export function canonicalUrl(url: URL): string {
  const clean = new URL(url.href);
  clean.search = '';
  clean.hash = '';
  return clean.href;
}
