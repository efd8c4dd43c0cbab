import type { DocumentLink } from '../../core/model/person-spec';
import { DocumentError } from '../../core/extract/documents/document-error';
import { MAX_DOCUMENT_BYTES } from '../../core/extract/documents/document-lines';

const JOB_SITES = ['jobs.nhs.uk', 'healthjobsuk.com', 'nhsjobs.com'];

/** A job site's domain (www. and beta. are one site), or the host itself. */
const siteOf = (url: URL) =>
  `${url.protocol}//${JOB_SITES.find((d) => url.hostname === d || url.hostname.endsWith(`.${d}`)) ?? url.host}`;

/**
 * The one network request the extension makes, and only when the user asks: an attached document,
 * from the advert's own site. Anything else is refused before a request is sent.
 */
export async function fetchDocument(
  link: DocumentLink,
  advertUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<Uint8Array> {
  const target = new URL(link.url);
  const advert = new URL(advertUrl);
  if (siteOf(target) !== siteOf(advert)) {
    throw new DocumentError(`This document is on another site (${target.hostname}): open it from the link instead.`);
  }
  let response: Response;
  try {
    response = await fetcher(target.href, { credentials: 'omit', cache: 'no-store', redirect: 'follow' });
  } catch {
    throw new DocumentError('The document could not be downloaded. Open it from the link instead.');
  }
  if (siteOf(new URL(response.url || target.href)) !== siteOf(advert)) {
    throw new DocumentError('The link led to another site; the document was not read.');
  }
  if (!response.ok)
    throw new DocumentError(`The site answered ${response.status}: the document could not be downloaded.`);
  const length = Number(response.headers.get('content-length'));
  if (length > MAX_DOCUMENT_BYTES)
    throw new DocumentError('The document is larger than 15 MB: too large to read here.');
  return new Uint8Array(await response.arrayBuffer());
}
