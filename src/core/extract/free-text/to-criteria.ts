import type { Criterion } from '../../model/criterion';
import type { TextSpan } from '../extraction';
import type { FreeTextCriterion, Layout } from './free-text-criterion';
import type { TextLine } from './text-line';

/**
 * A line placed on a page (core/dom/element-lines: `element` is the element; core/extract/lines: an
 * index into the elements collected) or not (a PDF, a JSON-LD description).
 */
type PlacedLine<E> = TextLine & { element?: E; start?: number };

export type FreeTextCriteria<E = Element> = {
  criteria: Criterion[];
  anchors: Map<string, E[]>;
  spans: Map<string, TextSpan>;
  layouts: Layout[];
};

/**
 * Parser results as criteria with ids (`${prefix}-1`, …). The same criterion read twice (NHS Jobs
 * repeats the advert for phones) is kept once, with both places as anchors.
 */
export function toCriteria<E, L extends PlacedLine<E>>(
  found: readonly FreeTextCriterion<L>[],
  prefix: string,
  source: Criterion['source'] = { kind: 'page' },
  placed = true,
): FreeTextCriteria<E> {
  const criteria: Criterion[] = [];
  const anchors = new Map<string, E[]>();
  const spans = new Map<string, TextSpan>();
  const layouts = new Set<Layout>();
  const byKey = new Map<string, string>();
  for (const item of found) {
    const text = item.line.text.slice(item.start, item.end);
    const key = `${item.level}\u0000${item.category ?? ''}\u0000${text}`;
    const span =
      placed && item.line.element !== undefined
        ? { start: (item.line.start ?? 0) + item.start, end: (item.line.start ?? 0) + item.end }
        : null;
    const seen = byKey.get(key);
    if (seen) {
      const known = spans.get(seen);
      if (span && item.line.element !== undefined && known && known.start === span.start && known.end === span.end) {
        anchors.get(seen)?.push(item.line.element);
      }
      continue;
    }
    const id = `${prefix}-${criteria.length + 1}`;
    byKey.set(key, id);
    layouts.add(item.layout);
    criteria.push({
      id,
      category: item.category,
      level: item.level,
      text,
      ...(item.assessedBy.length > 0 ? { assessedBy: item.assessedBy } : {}),
      ...(source ? { source } : {}),
    });
    if (span && item.line.element !== undefined) {
      anchors.set(id, [item.line.element]);
      spans.set(id, span);
    }
  }
  return { criteria, anchors, spans, layouts: [...layouts] };
}
