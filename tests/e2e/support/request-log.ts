import type { BrowserContext, Request } from '@playwright/test';

export type LoggedRequest = { url: string; type: string; navigation: boolean; from: string };

/**
 * Every request the browser context makes while it is recording: pages, extension pages (popup,
 * options) and the content scripts running in them, with WebSocket connections as well.
 */
export function recordRequests(context: BrowserContext) {
  const requests: LoggedRequest[] = [];
  const onRequest = (request: Request) => {
    let from: string;
    try {
      from = request.frame().url();
    } catch {
      from = request.serviceWorker()?.url() ?? 'service worker';
    }
    requests.push({
      url: request.url(),
      type: request.resourceType(),
      navigation: request.isNavigationRequest(),
      from,
    });
  };
  const onPage = (page: import('@playwright/test').Page) =>
    page.on('websocket', (socket) =>
      requests.push({ url: socket.url(), type: 'websocket', navigation: false, from: page.url() }),
    );
  context.on('request', onRequest);
  context.on('page', onPage);
  for (const page of context.pages()) onPage(page);
  return {
    requests,
    stop() {
      context.off('request', onRequest);
      context.off('page', onPage);
    },
  };
}

/**
 * The requests nobody asked for: anything other than the extension's own packaged files, local
 * data/blob URLs, and the pages the test itself opened (and `allowed` ones, such as a document the
 * user asked to read from the advert's own site).
 */
export function unexpectedRequests(
  requests: readonly LoggedRequest[],
  extensionId: string,
  openedPages: ReadonlySet<string>,
  allowed: (request: LoggedRequest) => boolean = () => false,
): LoggedRequest[] {
  const own = `chrome-extension://${extensionId}/`;
  return requests.filter(
    (r) =>
      !r.url.startsWith(own) &&
      !/^(data|blob):/.test(r.url) &&
      !(r.navigation && r.type === 'document' && openedPages.has(r.url)) &&
      !allowed(r),
  );
}
