import { compareWithProfile } from '../core/compare/compare';
import { emptyProfile, isEmptyProfile } from '../core/model/profile';
import { matchSpec } from '../core/pipeline/match-spec';
import { matcherFor } from './matchers';
import { withDocuments } from '../core/pipeline/with-documents';
import { analyseRequestSchema, type AnalyseReply } from '../messaging/background-messages';
import { loadProfileKept } from '../storage/profile-store';
import { keptDocumentCriteria } from './kept-documents';
import { queueHistoryWrite } from './history-writes';
import { readRequest } from './read-request';
import { recordInHistory } from './record-in-history';

/**
 * The second half of the pipeline for an advert tab: its criteria matched against the taxonomy and
 * the user's own skills, the criteria of its attached documents merged in (read now, or kept from an
 * earlier visit), compared with the stored profile; the advert is kept in the history after the answer.
 */
export async function analyseAdvert(message: unknown): Promise<AnalyseReply> {
  const parsed = analyseRequestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, message: 'The page sent something this version cannot read. Reload it.' };
  const asked = readRequest(parsed.data);
  if (!asked) return { ok: false, message: 'The page is too large to read.' };
  const { spec, limits } = asked;
  const { documents, reason } = parsed.data;
  // The criteria of documents kept from earlier visits are read from storage while the page's own are matched.
  const keeping = keptDocumentCriteria(spec, documents);
  const stored = await loadProfileKept();
  const profile = stored.state === 'ok' ? stored.profile : null;
  const matcher = await matcherFor(profile?.customSkills ?? []);
  const matched = matchSpec(spec, matcher);
  const kept = await keeping;
  const analysed = withDocuments(matched, kept.documents, matcher);
  if (limits) analysed.limits = limits;
  const report =
    analysed.criteria.length > 0 ? compareWithProfile(analysed, profile ?? emptyProfile(), matcher.skills) : null;
  const recorded = Boolean(report && analysed.pageKind === 'advert' && profile?.preferences.keepHistory);
  if (report && recorded) void queueHistoryWrite(() => recordInHistory(report, matcher.skills, reason));
  const standing = stored.state === 'invalid' ? 'unreadable' : isEmptyProfile(stored.profile) ? 'empty' : 'ok';
  const read = asked.read ? { read: asked.read } : {};
  return { ok: true, analysed, report, profile: standing, documentsKept: kept.saved, recorded, ...read };
}
