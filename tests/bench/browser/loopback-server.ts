import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type LoopbackServer = { origin: string; close(): Promise<void> };

/**
 * Pages answered from memory on a free loopback port: a real server, so a load is timed as a browser
 * loads a page (Playwright's request interception adds a round trip through the test runner to each
 * request), and the e2e build's content script runs there.
 */
export async function serveOnLoopback(pages: ReadonlyMap<string, string>): Promise<LoopbackServer> {
  const server = createServer((request, response) => {
    const body = pages.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (body === undefined) response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
