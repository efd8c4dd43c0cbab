import { sendFirstRequests, type FirstRequests } from './first-requests';

/**
 * Where the popup's first script leaves its requests for the page's code: the requests, or `taken` once the
 * page's code has them (or sent its own because the first script had not run yet).
 */
export const HANDOVER_KEY = '__nhspsFirstRequests';

type Handover = { [HANDOVER_KEY]?: FirstRequests | 'taken' };

/** Whether the page shows a kept advert (?history=), which asks for other things. */
const showsKeptAdvert = () => new URLSearchParams(location.search).has('history');

/**
 * Sent by the popup's first script (an async classic script of its own, run as soon as it is loaded, while the
 * page's modules are still being fetched and compiled), so the answers arrive while the report's code is
 * evaluated. Nothing once the page's code has sent its own.
 */
export function publishFirstRequests(): void {
  const handover = globalThis as Handover;
  if (!showsKeptAdvert() && handover[HANDOVER_KEY] === undefined) handover[HANDOVER_KEY] = sendFirstRequests();
}

/** The requests the first script sent, taken once; sent now if it has not run. Null for a kept advert. */
export function takeFirstRequests(): FirstRequests | null {
  if (showsKeptAdvert()) return null;
  const handover = globalThis as Handover;
  const sent = handover[HANDOVER_KEY];
  handover[HANDOVER_KEY] = 'taken';
  return sent === undefined || sent === 'taken' ? sendFirstRequests() : sent;
}
