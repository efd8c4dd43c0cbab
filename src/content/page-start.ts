import { urgentTask } from './after-rendering';

/** How often a page still being parsed is looked at again (ms). */
const POLL_MS = 4;

/**
 * A page of at most this many elements is read inside its own DOMContentLoaded, so that the background matches
 * while the browser lays the page out instead of after. A page this small is laid out in a task of the browser's
 * own; a much longer one is laid out inside that last parsing task (hundreds of milliseconds at 100× the bench
 * advert), which a trace would count as the extension's.
 */
export const READ_AT_PARSE_MAX_ELEMENTS = 3000;

/**
 * Resolves once the page's HTML is parsed, ready to read: inside the page's DOMContentLoaded while the page is
 * small, else (and when it is parsed already) in an urgent task of the reader's own. The page is looked at in
 * timer tasks as it is parsed; once it grows past the limit the DOMContentLoaded listener is taken away, so the
 * page's last parsing task carries none of the extension's code.
 */
export function pageParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return urgentTask();
  return new Promise((resolve) => {
    let parsed = false;
    const atParse = () => {
      parsed = true;
      resolve();
    };
    doc.addEventListener('DOMContentLoaded', atParse, { once: true });
    let listening = true;
    const look = () => {
      if (parsed) return;
      if (doc.readyState !== 'loading') return void resolve(urgentTask());
      if (listening && isLarge(doc)) {
        listening = false;
        doc.removeEventListener('DOMContentLoaded', atParse);
      }
      setTimeout(look, POLL_MS);
    };
    setTimeout(look, POLL_MS);
  });
}

const isLarge = (doc: Document): boolean => doc.getElementsByTagName('*').length > READ_AT_PARSE_MAX_ELEMENTS;
