import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AdvertPage } from './advert-page';

/**
 * One thing the content script does on an advert page. It sets itself up from the page's state and
 * registers its own clean-up with ctx, so nothing is left behind when the extension reloads.
 */
export type AdvertFeature = (page: AdvertPage, ctx: ContentScriptContext) => void | Promise<void>;
