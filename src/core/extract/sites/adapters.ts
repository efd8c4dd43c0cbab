import type { SiteAdapter } from '../extraction';
import { generic } from './generic';
import { jsonLd } from './json-ld';
import { nhsJobs } from './nhs-jobs';
import { trac } from './trac';

/**
 * From the most to the least specific. Every adapter that recognises the page reads it in turn
 * until one finds criteria; the last one (free text over the page's main content) takes any page.
 */
export const ADAPTERS: readonly SiteAdapter[] = [nhsJobs, trac, jsonLd, generic];
