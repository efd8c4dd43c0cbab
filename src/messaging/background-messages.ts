import * as z from 'zod/mini';
import type { EvidenceReview } from '../core/model/evidence-review';
import { DESCRIPTION_CHARS } from '../core/history/snapshot-limits';
import type { AnalysedSpec } from '../core/model/analysed-spec';
import { analysisLimitsSchema } from '../core/model/analysis-limits';
import { criterionSchema } from '../core/model/criterion';
import { personSpecSchema } from '../core/model/person-spec';
import type { LinesAnswer } from '../core/pipeline/place-read';
import type { PackedReport } from './packed-report';
import { pageLinesSchema } from './page-lines-schema';
import { customSkillSchema } from '../core/model/profile';
import type { Report } from '../core/model/report';
import type { Skill } from '../core/model/skill';

/**
 * What the advert tab and the extension's pages ask the background, where the taxonomy and the
 * matcher live. The background validates every request: a tab's content script runs beside a web
 * page, so what it sends is checked like any input.
 */
export const analyseRequestSchema = z.object({
  type: z.literal('analyse'),
  /** The person specification the tab read, as far as it will be analysed (absent: `page` is read). */
  spec: z.optional(personSpecSchema),
  limits: z.optional(z.nullable(analysisLimitsSchema)),
  /** The page's lines, for the background to read (a page read afresh): the answer says what it read. */
  page: z.optional(pageLinesSchema),
  /** Criteria read from attached documents this visit, by document address. */
  documents: z.array(z.object({ url: z.string(), criteria: z.array(criterionSchema) })),
  /** A page just opened is recorded in the history; a later analysis only updates its entry. */
  reason: z.enum(['opened', 'changed']),
});
export type AnalyseRequest = z.infer<typeof analyseRequestSchema>;

/** The advert's text, read by its tab after the marks are painted: kept with the copy its analysis recorded. */
export const keepPageTextRequestSchema = z.object({
  type: z.literal('keep-page-text'),
  url: z.string(),
  description: z.string().check(z.maxLength(DESCRIPTION_CHARS)),
});
export type KeepPageTextRequest = z.infer<typeof keepPageTextRequestSchema>;

const noteText = z.string().check(z.maxLength(4000));

/** Examples to review as a shortlister would read them (the matcher names their skills and values). */
export const reviewRequestSchema = z.object({
  type: z.literal('review'),
  notes: z.array(z.object({ situation: noteText, action: noteText, result: noteText })).check(z.maxLength(2000)),
  /** The profile's own skills; absent: those of the stored profile. */
  customSkills: z.optional(z.array(customSkillSchema)),
});
export type ReviewRequest = z.infer<typeof reviewRequestSchema>;

/** A kept advert's specification, matched again (to be compared with the profile as it is now). */
export const matchRequestSchema = z.object({
  type: z.literal('match'),
  spec: personSpecSchema,
  customSkills: z.array(customSkillSchema),
});
export type MatchRequest = z.infer<typeof matchRequestSchema>;

export const skillsRequestSchema = z.object({
  type: z.literal('skills'),
  customSkills: z.array(customSkillSchema),
  /** With every phrase of every skill, for the skill picker's search; without, labels and relations only. */
  phrases: z.optional(z.boolean()),
});
export type SkillsRequest = z.infer<typeof skillsRequestSchema>;

/** The key on an advert page, with an empty profile: "Add your skills" opens the set-up in a tab. */
export const openSetupRequestSchema = z.object({ type: z.literal('open-setup') });
export type OpenSetupRequest = z.infer<typeof openSetupRequestSchema>;

/** Sent by an advert tab as it starts loading: the background wakes and loads the taxonomy meanwhile. */
export type WarmUpRequest = { type: 'warm-up' };

export type BackgroundRequest =
  | AnalyseRequest
  | KeepPageTextRequest
  | SkillsRequest
  | OpenSetupRequest
  | ReviewRequest
  | MatchRequest
  | WarmUpRequest;

type AnalysedReply<R> = {
  ok: true;
  analysed: AnalysedSpec;
  report: R | null;
  profile: ProfileStanding;
  documentsKept: boolean;
  /** The advert is kept in the history: the tab sends its text for the copy (keep-page-text). */
  recorded: boolean;
  /** What was read from the page's lines, when the tab sent them. */
  read?: LinesAnswer;
};

/** The background's answer to `analyse`: the matched specification and the report for the stored profile. */
export type AnalyseReply = AnalysedReply<Report> | { ok: false; message: string };

/** The same answer as it travels, the report packed against the specification beside it (packed-report). */
export type SentAnalyseReply = AnalysedReply<Report | PackedReport> | { ok: false; message: string };

/** What the comparison was made with: the saved profile, an empty one, or none it could read. */
export type ProfileStanding = 'ok' | 'empty' | 'unreadable';

export type SkillsReply = { skills: Skill[] };

export type OpenSetupReply = { opened: boolean };
/** One review per note, in the order asked. */
export type ReviewReply = { reviews: EvidenceReview[] };

export type MatchReply = { analysed: AnalysedSpec };
