import type { PersonSpec } from '../../model/person-spec';
import { blankSpec } from '../../model/blank-spec';
import type { PageLines } from './page-lines';
import { readTextStep, type LineExtraction } from './read-text-step';

/** The page's specification, and which step of its lines it was read from (its anchors index that step's elements). */
export type InterpretedLines = LineExtraction & { step: number; cut: boolean };

const DETAILS = ['title', 'employer', 'band', 'closingDate', 'reference', 'salary'] as const;

/**
 * The second half of reading a page, over plain data: every step in turn until one has criteria (a
 * site reader's own, or what the free-text reader finds in its lines). The site and details come from
 * the more specific step, the criteria from the one that found them. Never throws on odd lines.
 */
export function interpretLines(page: PageLines): InterpretedLines {
  let best: InterpretedLines | null = null;
  for (const [n, step] of page.steps.entries()) {
    const found: InterpretedLines =
      step.kind === 'read'
        ? {
            spec: step.spec,
            anchors: new Map(),
            ...(step.unread ? { unread: step.unread } : {}),
            ...(step.layouts ? { layouts: step.layouts } : {}),
            step: n,
            cut: step.cut,
          }
        : { ...readTextStep(step), step: n, cut: step.cut };
    if (found.spec.pageKind === 'search-results') return found;
    best = best ? fillIn(best, found) : found;
    if (found.spec.criteria.length > 0) break;
  }
  const result = best ?? { spec: blankSpec(), anchors: new Map(), step: -1, cut: false };
  if (result.spec.pageKind === 'advert') result.spec = { ...result.spec, documents: page.documents };
  return result;
}

/** The specific step's site and details, the criteria and their anchors of the step that found them. */
function fillIn(specific: InterpretedLines, found: InterpretedLines): InterpretedLines {
  const spec: PersonSpec = { ...found.spec, site: specific.spec.site };
  for (const key of DETAILS) spec[key] = specific.spec[key] ?? found.spec[key];
  if (specific.spec.pageKind === 'advert') spec.pageKind = 'advert';
  return { ...found, spec };
}
