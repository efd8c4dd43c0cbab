import type { browser as PolyfilledBrowser } from 'wxt/browser';

/**
 * The extension APIs without webextension-polyfill: the build (scripts/build/extension-browser.ts) puts
 * this module in place of `wxt/browser` everywhere. The polyfill weighed 3 KB gzipped in the advert
 * page's script and wrapped the whole `chrome` object as each script was evaluated (the background as
 * it wakes, the popup as it opens). Firefox's own `browser` already answers with promises. Chrome's
 * `chrome` returns promises too (MV3); what it lacks is a message listener answering with a promise,
 * added here as the polyfill does it: a rejection travels as the polyfill's marker and is read back as
 * an error by the side that sent the message.
 */
type Browser = typeof PolyfilledBrowser;
type Sender = { id?: string };
type Listener = (message: unknown, sender: Sender) => unknown;
type NativeListener = (message: unknown, sender: Sender, respond: (reply: unknown) => void) => boolean;
type Event<L> = { addListener(listener: L): void; removeListener(listener: L): void; hasListener?(l: L): boolean };
type Send = (...args: unknown[]) => Promise<unknown>;

/** The part of Chrome's `chrome` this module changes; the rest is passed through as it is. */
export type ChromeApi = {
  runtime: { id?: string; sendMessage: Send; onMessage: Event<NativeListener> };
  tabs?: { sendMessage: Send };
  [api: string]: unknown;
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

/** A reply, or the error the other side's listener rejected with. */
function unmarked(reply: unknown): unknown {
  const marked = reply as { [REJECTION]?: unknown; message?: unknown } | null;
  if (marked?.[REJECTION]) throw new Error(String(marked.message));
  return reply;
}

/** `target` with some members replaced; the others read from it as they are (methods bound to it). */
function withMembers<T extends object>(target: T, members: Record<string, unknown>): T {
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    get(object, key) {
      if (typeof key === 'string' && Object.hasOwn(members, key)) return members[key];
      const value: unknown = Reflect.get(object, key);
      if (typeof value !== 'function') return value;
      if (!bound.has(key)) bound.set(key, (value as (...args: unknown[]) => unknown).bind(object));
      return bound.get(key);
    },
  });
}

/** Chrome's `chrome`, with promise-answering message listeners and rejections read back as errors. */
export function chromeBrowser(api: ChromeApi): Browser {
  const native = new Map<Listener, NativeListener>();
  const onMessage = withMembers(api.runtime.onMessage, {
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
  });
  const runtime = withMembers(api.runtime, {
    sendMessage: async (...args: unknown[]) => unmarked(await api.runtime.sendMessage(...args)),
    onMessage,
  });
  const tabs = api.tabs && {
    tabs: withMembers(api.tabs, {
      sendMessage: async (...args: unknown[]) => unmarked(await api.tabs!.sendMessage(...args)),
    }),
  };
  return withMembers(api, { runtime, ...tabs }) as unknown as Browser;
}

const { browser: firefox, chrome } = globalThis as { browser?: Browser; chrome?: ChromeApi };

export const browser: Browser = firefox?.runtime?.id || !chrome ? firefox! : chromeBrowser(chrome);
