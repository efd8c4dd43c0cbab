import type { AnalyseReply, SentAnalyseReply } from './background-messages';
import { packReport, unpackReport } from './packed-report';

/** The background's answer to `analyse` made ready to send. */
export const packReply = (reply: AnalyseReply): SentAnalyseReply =>
  reply.ok && reply.report ? { ...reply, report: packReport(reply.report, reply.analysed) } : reply;

/** The background's answer to `analyse` as it was made. */
export const unpackReply = (sent: SentAnalyseReply): AnalyseReply =>
  sent.ok && sent.report ? { ...sent, report: unpackReport(sent.report, sent.analysed) } : (sent as AnalyseReply);
