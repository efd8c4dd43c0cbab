import type { Report } from '../../core/model/report';
import { AnalysisLimitsNote } from './AnalysisLimitsNote';
import { formatDate } from '../../core/present/format-date';

/** Title, employer, band and closing date; the closing date's warnings are in the warning list. */
export function AdvertHeader({ spec }: { spec: Report['spec'] }) {
  return (
    <header class="advert">
      {spec.employer && <p class="employer">{spec.employer}</p>}
      <h1>{spec.title ?? 'Untitled advert'}</h1>
      <dl class="facts">
        {spec.band && (
          <>
            <dt>Band</dt>
            <dd>{spec.band}</dd>
          </>
        )}
        {spec.closingDate && (
          <>
            <dt>Closes</dt>
            <dd>{formatDate(spec.closingDate)}</dd>
          </>
        )}
      </dl>
      {spec.limits && <AnalysisLimitsNote limits={spec.limits} />}
    </header>
  );
}
