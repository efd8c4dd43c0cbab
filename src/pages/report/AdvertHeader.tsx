import type { Report } from '../../core/model/report';
import { AnalysisLimitsNote } from './AnalysisLimitsNote';
import { formatDate } from '../../core/present/format-date';

/** Employer, title, then band and closing date on one line; the closing date's warnings are in the warning list. */
export function AdvertHeader({ spec }: { spec: Report['spec'] }) {
  return (
    <header class="advert">
      {spec.employer && <p class="employer">{spec.employer}</p>}
      <h1>{spec.title ?? 'Untitled advert'}</h1>
      {(spec.band || spec.closingDate) && (
        <dl class="facts">
          {spec.band && (
            <div>
              {/* The value says "Band 7" already; the term is for screen readers. */}
              <dt class={/^band\b/i.test(spec.band) ? 'visually-hidden' : undefined}>Band</dt>
              <dd>{spec.band}</dd>
            </div>
          )}
          {spec.closingDate && (
            <div>
              <dt>Closes</dt>
              <dd>{formatDate(spec.closingDate)}</dd>
            </div>
          )}
        </dl>
      )}
      {spec.limits && <AnalysisLimitsNote limits={spec.limits} />}
    </header>
  );
}
