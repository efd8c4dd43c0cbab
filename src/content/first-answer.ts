import type { AnalyseReply } from '../messaging/background-messages';
import type { Analyse } from './advert-page';

/** Asks the background, except the first time: the reader asked that question already, and this is its answer. */
export function firstAnswerFrom(reply: Promise<AnalyseReply>, then: Analyse): Analyse {
  let first: Promise<AnalyseReply> | null = reply;
  return (request) => {
    if (!first) return then(request);
    const answer = first;
    first = null;
    return answer;
  };
}
