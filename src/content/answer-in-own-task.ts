import type { AnalyseRequest, SentAnalyseReply } from '../messaging/background-messages';
import { unpackReply } from '../messaging/sent-analyse-reply';
import type { Analyse } from './advert-page';
import { urgentTask } from './after-rendering';

/**
 * The background's answer unpacked (messaging/packed-report) and handled in a task of its own, not in the one
 * where the browser delivered (and decoded) it: on a page of thousands of criteria each half took 10–17 ms,
 * together a long task.
 */
export function answerInOwnTask(
  ask: (request: AnalyseRequest) => Promise<SentAnalyseReply>,
  between: () => Promise<void> = urgentTask,
): Analyse {
  return async (request) => {
    const sent = await ask(request);
    await between();
    return unpackReply(sent);
  };
}
