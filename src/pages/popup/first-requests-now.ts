import { sendFirstRequests } from './first-requests';

/**
 * The popup's first requests, sent as this module is evaluated: imported first by the popup's entry, it runs
 * before the modules of the report's code are evaluated (they are fetched in parallel, from the page's
 * preloads). Not for a kept advert (?history=), which asks for other things.
 */
export const firstRequests = new URLSearchParams(location.search).has('history') ? null : sendFirstRequests();
