import type { browser as PolyfilledBrowser } from 'wxt/browser';

/**
 * The extension APIs as the advert page's script uses them, without webextension-polyfill: the build
 * (scripts/build/content-script-browser.ts) puts this module in place of `wxt/browser` in the content
 * script only. The polyfill weighs 3 KB gzipped and wraps the whole `chrome` object as the script is
 * evaluated; the script needs four things from it. Firefox's own `browser` has them all. In Chrome,
 * `chrome` returns promises already; what it lacks is a listener answering with a promise, added here
 * as the polyfill does it (a rejection answered as the polyfill's marker, which the pages' polyfill
 * turns back into an error).
 */
type Browser = typeof PolyfilledBrowser;
type Sender = { id?: string };
type Listener = (message: unknown, sender: Sender) => unknown;
type NativeListener = (message: unknown, sender: Sender, respond: (reply: unknown) => void) => boolean;
type Event<L> = { addListener(listener: L): void; removeListener(listener: L): void };

/** The part of Chrome's `chrome` this script uses (its MV3 methods return promises). */
export type ChromeApi = {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown>; onMessage: Event<NativeListener> };
  storage: { onChanged: Event<(changes: Record<string, unknown>, area: string) => void> };
};

/** The polyfill's way of carrying a rejection through a message reply. */
export const REJECTION = '__mozWebExtensionPolyfillReject__';

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/** A listener that may answer with a promise, as Chrome's onMessage wants it: `respond` and `true`. */
export function answeringListener(listener: Listener): NativeListener {
  return (message, sender, respond) => {
    const answer = listener(message, sender);
    if (!isThenable(answer)) return false;
    answer.then(respond, (error: unknown) =>
      respond({ [REJECTION]: true, message: error instanceof Error ? error.message : 'An unexpected error occurred' }),
    );
    return true;
  };
}

/** Chrome's `chrome`, with promise-answering message listeners and a rejection marker read back as an error. */
export function chromeBrowser(api: ChromeApi): Browser {
  const native = new Map<Listener, NativeListener>();
  const onMessage = {
    addListener(listener: Listener) {
      if (native.has(listener)) return;
      native.set(listener, answeringListener(listener));
      api.runtime.onMessage.addListener(native.get(listener)!);
    },
    removeListener(listener: Listener) {
      const wrapped = native.get(listener);
      if (!wrapped) return;
      api.runtime.onMessage.removeListener(wrapped);
      native.delete(listener);
    },
    hasListener: (listener: Listener) => native.has(listener),
  };
  const runtime = {
    // Read each time: it is gone once the extension is reloaded under the page (ContentScriptContext asks).
    get id() {
      return api.runtime?.id;
    },
    async sendMessage(message: unknown) {
      const reply: unknown = await api.runtime.sendMessage(message);
      if ((reply as Record<string, unknown> | null)?.[REJECTION])
        throw new Error(String((reply as { message?: unknown }).message));
      return reply;
    },
    onMessage,
  };
  return { runtime, storage: { onChanged: api.storage.onChanged } } as unknown as Browser;
}

const { browser: firefox, chrome } = globalThis as { browser?: Browser; chrome?: ChromeApi };

export const browser: Browser = firefox?.runtime?.id || !chrome ? firefox! : chromeBrowser(chrome);
