import type { Analyse } from './advert-page';
import { urgentTask } from './after-rendering';

/**
 * The background's answer handled in a task of its own, not in the one where the browser delivered (and
 * decoded) it: on a page of thousands of criteria each half took 10–17 ms, together a long task.
 */
export function answerInOwnTask(analyse: Analyse, between: () => Promise<void> = urgentTask): Analyse {
  return async (request) => {
    const reply = await analyse(request);
    await between();
    return reply;
  };
}
