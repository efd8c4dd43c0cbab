import type { CriterionStatus } from '../../core/model/report';
import { STATUS_LABELS } from '../../core/present/status-labels';

export function StatusBadge({ status }: { status: CriterionStatus }) {
  const label = STATUS_LABELS[status];
  return (
    <span class={`badge badge--${status}`}>
      <span aria-hidden="true">{label.symbol}</span> {label.text}
    </span>
  );
}
