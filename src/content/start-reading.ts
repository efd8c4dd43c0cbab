import type { AnalyseRequest, SentAnalyseReply } from '../messaging/background-messages';
import { noteTiming } from './bench-timing';
import { firstRunHere } from './first-run-here';
import { pageParsed } from './page-start';
import { handOver } from './read-handover';
import { readInSlices } from './read-in-slices';
import { sendBare } from './send-bare';

const UNREACHABLE: SentAnalyseReply = {
  ok: false,
  message: 'The extension did not answer. Reload the page to analyse it again.',
};

/**
 * The first half of the advert tab's work: reads the page once it is parsed, in slices, sends its lines to the
 * background and hands them over, with the answer on its way, to the painter (the advert content script); each
 * script is half of what one would be, so neither is a long task.
 */
export async function startReading(doc: Document = document, send = sendBare): Promise<void> {
  if (!firstRunHere()) return;
  await pageParsed(doc);
  const url = new URL(doc.location?.href ?? location.href);
  const collected = await readInSlices(doc, url);
  noteTiming('read');
  const request: AnalyseRequest = { type: 'analyse', page: collected.lines, documents: [], reason: 'opened' };
  const reply = send(request).then(
    (answer) => answer as SentAnalyseReply,
    () => UNREACHABLE,
  );
  handOver({ collected, reply, collect: readInSlices });
}
