import { takeFirstRequests } from './first-requests-handover';

/**
 * The popup's first requests, taken as this module is evaluated (imported first by the popup's entry): sent
 * by the page's first script (entrypoints/popup-first-requests.ts) before the modules were fetched, or now.
 * Null for a kept advert (?history=), which asks for other things.
 */
export const firstRequests = takeFirstRequests();
