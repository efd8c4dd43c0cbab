import { defineContentScript } from '#imports';
import { ADVERT_MATCHES } from '../../src/core/extract/sites/advert-matches';
import { readAdvertPage } from '../../src/content/advert-page';
import { ADVERT_FEATURES, PAINTED_AT_ONCE } from '../../src/content/features';
import { firstPaintHere, runEnded } from '../../src/content/first-run-here';
import { idle, nextTask, urgentTask } from '../../src/content/after-rendering';
import { awaitHandover, forgetHandover } from '../../src/content/read-handover';
import { firstAnswerFrom } from '../../src/content/first-answer';
import { answerInOwnTask } from '../../src/content/answer-in-own-task';
import { askBackground } from '../../src/messaging/ask-background';

/** How long the features after the marks wait for the background's answer before they are set up anyway. */
const ANSWER_WAIT_MS = 1000;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export default defineContentScript({
  matches: ADVERT_MATCHES,
  // The painter, declared by hand after the reader (wxt.config.ts), in the same entry, so that the build can wrap
  // it to be evaluated in a task of its own (scripts/build/evaluated-later); "Analyse this page" injects both. It
  // waits for the reader's lines and the background's answer to them. WXT grants these matches as host permissions.
  registration: 'runtime',
  // The key's styles are bundled into the script (show-key), so nothing is fetched at run time and no
  // file of the extension has to be exposed to web pages.
  cssInjectionMode: 'manual',
  // WXT's context tells older copies of this script that a new one started with an event of its own; its
  // window.postMessage, kept for older WXT versions, would tell every page script the extension's id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (!firstPaintHere()) return;
    ctx.onInvalidated(() => {
      runEnded();
      forgetHandover();
    });
    const read = await awaitHandover();
    if (ctx.isInvalid) return;
    // Its evaluation is a task of its own; the page's state is made in the next, urgent one, and the key and
    // the overlay go in after it, in another, all before the page's first rendering. The marks are drawn as
    // the background's answer comes. Each other feature is set up in a task of its own.
    await urgentTask();
    if (ctx.isInvalid) return;
    const analyse = answerInOwnTask(firstAnswerFrom(read.reply, askBackground));
    const page = readAdvertPage(document, new URL(location.href), analyse, read);
    for (const [n, feature] of ADVERT_FEATURES.entries()) {
      if (n === 0) await urgentTask();
      // The rest wait for the answer (a second at most) and the page's next idle moment: set up meanwhile, they
      // took the cores the background matches on and the page renders on.
      if (n === PAINTED_AT_ONCE) await Promise.race([page.answered, delay(ANSWER_WAIT_MS)]).then(() => idle(window));
      if (n >= PAINTED_AT_ONCE) await nextTask();
      if (ctx.isInvalid) return;
      await feature(page, ctx);
    }
  },
});
