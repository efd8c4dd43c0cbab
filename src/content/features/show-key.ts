import { browser } from 'wxt/browser';
import { planHighlights } from '../highlight/highlight-plan';
import { createKey } from '../highlight/key';
import keyCss from '../highlight/key.css?inline';
import { keyPlace } from '../highlight/key-place';
import { planRanges } from '../highlight/plan-ranges';
import type { AdvertPageState } from '../advert-page';
import type { AdvertFeature } from '../feature';

export const KEY_TAG = 'nhsps-key';

/**
 * The key, docked in the page's flow above the person specification, in a closed shadow root: the page
 * sees one element of a fixed size, whatever the key says about the user.
 */
export const showKey: AdvertFeature = (page, ctx) => {
  let gap = -1;
  const nextGap = () => {
    const { report, read } = page.state;
    if (!report) return null;
    const gaps = planRanges(page.doc, planHighlights(report), read.anchors, read.spans).missing;
    if (gaps.length === 0) return null;
    gap = (gap + 1) % gaps.length;
    page.marks.flash(gaps[gap]!);
    return { index: gap + 1, total: gaps.length };
  };

  const host = page.doc.createElement(KEY_TAG);
  const style = page.doc.createElement('style');
  style.textContent = keyCss;
  const key = createKey(page.doc, {
    onNextGap: nextGap,
    onRescan: page.rescan,
    onSetUp: () => void browser.runtime.sendMessage({ type: 'open-setup' }).catch(() => undefined),
  });
  host.attachShadow({ mode: 'closed' }).append(style, key.root);

  const show = ({ report, error, read, profile, analysedAt }: AdvertPageState) => {
    const linked = report ? report.spec.documents.filter((d) => d.criteriaRead).map((d) => d.url) : [];
    // Before the answer, where the page's own reading found the specification ("Reading the advert…"):
    // docked then, the key is laid out with the page, and the answer only changes what it says.
    const waiting = analysedAt === null;
    const place = report || error || waiting ? keyPlace(page.doc, read.anchors, linked) : null;
    if (!place) return host.remove();
    key.show({ report, error, profile });
    if (host.nextElementSibling !== place) place.before(host);
  };
  show(page.state);
  const unsubscribe = page.subscribe(show);
  ctx.addEventListener(window, 'resize', () => show(page.state));
  ctx.onInvalidated(() => {
    unsubscribe();
    host.remove();
  });
};
