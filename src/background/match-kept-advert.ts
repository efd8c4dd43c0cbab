import { matchSpec } from '../core/pipeline/match-spec';
import { matcherFor } from './matchers';
import { matchRequestSchema, type MatchReply } from '../messaging/background-messages';

/** A kept advert's criteria matched again, for the report of an advert that may be gone. Nothing is recorded. */
export async function matchKeptAdvert(message: unknown): Promise<MatchReply | undefined> {
  const parsed = matchRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  return { analysed: matchSpec(parsed.data.spec, await matcherFor(parsed.data.customSkills)) };
}
