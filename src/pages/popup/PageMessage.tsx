import type { AnalysedSpec } from '../../core/model/analysed-spec';

/** What to tell the user when there is no person specification to show. */
export function PageMessage({ spec }: { spec: AnalysedSpec | null }) {
  if (!spec) {
    return (
      <div class="notice" role="status" data-testid="page-message">
        <p>
          <strong>No NHS job advert on this page.</strong>
        </p>
        <p>Open an advert on NHS Jobs, HealthJobsUK or nhsjobs.com and its person specification appears here.</p>
        <p class="muted">
          If an advert is already open, reload the page: it was opened before the extension started. Any other page can
          be read with Analyse this page.
        </p>
      </div>
    );
  }
  if (spec.pageKind === 'search-results') {
    return (
      <div class="notice" role="status" data-testid="page-message">
        <p>
          <strong>This is a list of search results.</strong>
        </p>
        <p>Open one of the adverts to compare its person specification with your profile.</p>
      </div>
    );
  }
  return (
    <div class="notice" role="status" data-testid="page-message">
      <p>
        <strong>No person specification found on this page.</strong>
      </p>
      <p>
        {spec.title ? `“${spec.title}” ` : 'This advert '}
        does not list its criteria on the page. Employers often put them in an attached job description
        {spec.documents.length > 0 ? ': read it below.' : '.'}
      </p>
    </div>
  );
}
