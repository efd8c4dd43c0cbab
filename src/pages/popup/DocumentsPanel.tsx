import { useState } from 'preact/hooks';
import { DocumentError } from '../../core/extract/documents/document-error';
import { DocumentRequestError } from '../../messaging/document-protocol';
import type { DocumentLink } from '../../core/model/person-spec';

// The document readers (fflate builds its tables as it loads, the free-text reader, pdf.js) load on the
// first "Read criteria", never with the popup: the report shows sooner.
const readAttachedDocument: typeof import('./read-document').readAttachedDocument = async (...args) =>
  (await import('./read-document')).readAttachedDocument(...args);

type Status =
  | { state: 'reading' }
  | { state: 'read'; found: number; added: number; kept: boolean }
  | { state: 'read-before'; found: number }
  | { state: 'failed'; message: string };

function describe(status: Status): string {
  switch (status.state) {
    case 'reading':
      return 'Reading…';
    case 'failed':
      return status.message;
    case 'read': {
      const found =
        status.found === 0
          ? 'No person specification found in this document.'
          : `${status.found} criteria found, ${status.added === 0 ? 'all already on the page' : `${status.added} added to the report`}.`;
      return status.kept
        ? found
        : `${found} They could not be kept for your next visit (this browser’s storage is full or unavailable).`;
    }
    case 'read-before':
      return `Read on an earlier visit: ${status.found} criteria, kept in this browser.`;
  }
}

/**
 * The job description / person specification files the advert links to. Reading one downloads it
 * from the advert's own site, only when the user asks, and merges its criteria into the report.
 */
export function DocumentsPanel({
  tabId,
  documents,
  onRead,
}: {
  tabId: number | null;
  documents: readonly DocumentLink[];
  onRead: () => void;
}) {
  const [statuses, setStatuses] = useState<Record<string, Status>>({});
  if (documents.length === 0) return null;
  const set = (url: string, status: Status) => setStatuses((all) => ({ ...all, [url]: status }));

  const read = async (link: DocumentLink) => {
    if (tabId === null) return;
    set(link.url, { state: 'reading' });
    try {
      const { found, added, kept } = await readAttachedDocument(tabId, link);
      set(link.url, { state: 'read', found, added, kept });
      if (added > 0) onRead();
    } catch (error) {
      const known = error instanceof DocumentError || error instanceof DocumentRequestError;
      set(link.url, { state: 'failed', message: known ? error.message : 'The document could not be read.' });
    }
  };

  return (
    <section class="documents" aria-labelledby="documents-heading" data-testid="documents">
      <h2 id="documents-heading">Attached documents</h2>
      <p class="muted">
        The full person specification is often in the job description. Reading a document downloads it from the advert’s
        site; nothing else leaves your browser.
      </p>
      <ul class="documents-list">
        {documents.map((link) => {
          const status =
            statuses[link.url] ??
            (link.criteriaRead === undefined ? undefined : { state: 'read-before', found: link.criteriaRead });
          return (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noreferrer">
                {link.name}
              </a>{' '}
              <button
                type="button"
                onClick={() => void read(link)}
                disabled={tabId === null || status?.state === 'reading'}
              >
                {status?.state === 'read' || status?.state === 'read-before' ? 'Read again' : 'Read criteria'}
                {/* The accessible name starts with the visible words (WCAG 2.5.3), then says which document. */}
                <span class="visually-hidden"> from {link.name}</span>
              </button>
              {status && (
                <p
                  class={status.state === 'failed' ? 'notice notice--error' : 'muted'}
                  role={status.state === 'failed' ? 'alert' : 'status'}
                >
                  {describe(status)}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
