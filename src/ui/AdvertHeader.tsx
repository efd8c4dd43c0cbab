import type { Report } from '../spec/report';
import { daysUntil, formatDate } from './format-date';

export function AdvertHeader({ spec }: { spec: Report['spec'] }) {
  const days = spec.closingDate ? daysUntil(spec.closingDate) : null;
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
            <dd>
              {formatDate(spec.closingDate)}
              {days !== null && days >= 0 && days <= 7 && <span class="warning"> (in {days} day{days === 1 ? '' : 's'})</span>}
              {days !== null && days < 0 && <span class="warning"> (closed)</span>}
            </dd>
          </>
        )}
      </dl>
    </header>
  );
}
