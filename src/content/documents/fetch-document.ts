import type { DocumentLink } from '../../core/model/person-spec';
import { DocumentError } from '../../core/extract/documents/document-error';
import { MAX_DOCUMENT_BYTES, sizeText } from '../../core/extract/documents/document-limits';
import { readCappedBody } from './read-capped-body';

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
  const tooLarge = new DocumentError(
    `The document is larger than ${sizeText(MAX_DOCUMENT_BYTES)}: too large to read here.`,
  );
  // The header, when there is one, refuses early; the count refuses a body with no header or a false one.
  if (Number(response.headers.get('content-length')) > MAX_DOCUMENT_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge;
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await readCappedBody(response, MAX_DOCUMENT_BYTES);
  } catch {
    throw new DocumentError('The download was interrupted. Try again, or open the document from the link.');
  }
  if (!bytes) throw tooLarge;
  return bytes;
}
