import { browser } from 'wxt/browser';

/**
 * Whether a message comes from this extension (its pages, its background, its content scripts).
 * Web pages cannot message an extension that declares no externally_connectable, and other
 * extensions cannot either; every handler checks anyway, as defence in depth.
 */
export const isOwnSender = (sender: { id?: string } | undefined): boolean => sender?.id === browser.runtime.id;
