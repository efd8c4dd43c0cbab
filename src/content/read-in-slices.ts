import type { CollectedPage } from '../core/extract/lines/collect-lines';
import { collectPageSteps } from '../core/pipeline/collect-page';
import { urgentTask } from './after-rendering';
import { runInSlices } from './run-in-slices';

/**
 * The page's lines collected a slice at a time, each in a task the browser runs before it renders: a
 * usual advert is read in one slice, a page of thousands of criteria over several, never in one long task.
 */
export const readInSlices = (doc: Document, url: URL): Promise<CollectedPage> =>
  runInSlices(collectPageSteps(doc, url), { between: urgentTask });
