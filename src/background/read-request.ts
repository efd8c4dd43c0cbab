import type { AnalysisLimits } from '../core/model/analysis-limits';
import type { PersonSpec } from '../core/model/person-spec';
import type { LinesAnswer } from '../core/pipeline/place-read';
import { interpretPage } from '../core/pipeline/read-page';
import type { AnalyseRequest } from '../messaging/background-messages';
import { pageLinesWithinCaps } from '../messaging/page-lines-schema';

export type RequestRead = { spec: PersonSpec; limits: AnalysisLimits | null; read?: LinesAnswer };

/**
 * The specification an `analyse` request is about: the one the tab sent, or what the free-text reader
 * finds in the page's lines (validated already; null when they hold more than the caps allow, or neither came).
 */
export function readRequest({ spec, limits, page }: AnalyseRequest): RequestRead | null {
  if (page) {
    if (!pageLinesWithinCaps(page)) return null;
    const read = interpretPage(page);
    return { spec: read.spec, limits: read.limits, read };
  }
  return spec ? { spec, limits: limits ?? null } : null;
}
