/** The callback form of `runtime.sendMessage`, the same in Chrome and Firefox. */
export type BareRuntime = {
  runtime: { sendMessage(message: unknown, callback: (reply: unknown) => void): void; readonly lastError?: unknown };
};

const extensionApi = (): BareRuntime | undefined => (globalThis as { chrome?: BareRuntime }).chrome;

/**
 * Sends a message to the background with the bare API, for the scripts that run before the polyfill is
 * loaded (the reader): rejects when the background cannot be reached or does not answer.
 */
export function sendBare(message: unknown, api: BareRuntime | undefined = extensionApi()): Promise<unknown> {
  return new Promise((resolve, reject) => {
    try {
      if (!api) throw new Error('no extension API');
      api.runtime.sendMessage(message, (reply) => {
        if (api.runtime.lastError || reply === undefined || reply === null) reject(new Error('no answer'));
        else resolve(reply);
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
