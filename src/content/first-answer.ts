import type { AnalyseRequest } from '../messaging/background-messages';

type Ask<R> = (request: AnalyseRequest) => Promise<R>;

/** Asks the background, except the first time: the reader asked that question already, and this is its answer. */
export function firstAnswerFrom<R>(reply: Promise<R>, then: Ask<R>): Ask<R> {
  let first: Promise<R> | null = reply;
  return (request) => {
    if (!first) return then(request);
    const answer = first;
    first = null;
    return answer;
  };
}
