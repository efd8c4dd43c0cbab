import type { Extraction } from '../extraction';
import { parseFreeText } from '../free-text/parse-free-text';
import { toCriteria } from '../free-text/to-criteria';
import { joinWrappedLines } from '../free-text/wrapped-lines';
import type { LineData, TextStep } from './page-lines';

/** An extraction whose anchors are indices into the collector's elements (see LineData). */
export type LineExtraction = Omit<Extraction, 'anchors'> & { anchors: Map<string, number[]> };

/** The free-text reader over a step's lines: its criteria, placed by line. */
export function readTextStep(step: TextStep): LineExtraction {
  const lines: LineData[] = step.join ? joinWrappedLines(step.lines) : step.lines;
  const { criteria, anchors, spans, layouts } = toCriteria<number, LineData>(
    parseFreeText(lines),
    step.prefix,
    { kind: 'page' },
    step.placed,
  );
  return {
    spec: { ...step.spec, criteria, pageKind: criteria.length > 0 ? step.kindIfFound : step.spec.pageKind },
    anchors,
    spans,
    layouts,
  };
}
