import { coachReport } from '../core/coach/coach-report';
import { profileReviewLookup, reviewProfile } from '../core/coach/profile-reviews';
import { compareWithProfile } from '../core/compare/compare';
import type { Profile } from '../core/model/profile';
import { analyseRead } from '../core/pipeline/analyse-page';
import { profileMatchers } from '../core/pipeline/profile-matcher';
import { COMPILED_HERE } from '../core/taxonomy/default-matcher';
import { formatEvidenceReview, formatSuggestions } from './format-coach';
import { COLOUR, formatReport, PLAIN } from './format-report';
import type { Job } from './jobs/job';
import { readError } from './jobs/jobs-of';
import { InputError } from './input-kind';
import { loadInputs, recordInput, type Input } from './load-input';
import { toJsonRecord, type Compared } from './to-json';

/** What a session needs to know, the same in the main thread and in every worker (plain data). */
export type SessionOptions = { json: boolean; colour: boolean; url: string | null; profile: Profile | null };

/** A job's reports, each with the name of the advert it reads, or why the job could not be read. */
export type Outcome = { file: string; reports: { file: string; text: string }[]; error: string | null };

/**
 * One thread's analyses: the matcher (with the profile's own skills) and the review of the profile's
 * examples are made at the first job, so a call whose files are all refused ends at once, and the
 * examples are read once whatever the number of adverts.
 */
export function createSession(options: SessionOptions): (job: Job) => Promise<Outcome> {
  const { profile } = options;
  const style = options.colour ? COLOUR : PLAIN;
  let ready: ReturnType<typeof prepare> | null = null;
  function prepare() {
    const matcher = profileMatchers(COMPILED_HERE)(profile?.customSkills ?? []);
    const reviews = profile ? reviewProfile(profile, matcher) : [];
    return { matcher, reviews, reviewOf: profile ? profileReviewLookup(profile, reviews) : null };
  }

  function reportOn(input: Input): string {
    const { matcher, reviews, reviewOf } = (ready ??= prepare());
    const { analysed } = analyseRead(input.read, matcher);
    const report = profile ? compareWithProfile(analysed, profile, matcher.skills) : null;
    const compared: Compared | null =
      report && profile && reviewOf
        ? { report, coach: coachReport(report, profile, matcher.skills, reviewOf), reviews }
        : null;
    if (options.json) return JSON.stringify(toJsonRecord(input.file, analysed, compared));
    const lines = [formatReport(analysed, report, matcher.skills, style, new Date(), compared?.coach ?? null)];
    if (compared) lines.push(...formatSuggestions(compared.coach, compared.report, matcher.skills, style));
    if (compared) lines.push(...formatEvidenceReview(reviews, matcher.skills, style));
    return lines.join('\n');
  }

  return async (job) => {
    try {
      const inputs = await inputsOf(job, options.url);
      return {
        file: job.file,
        reports: inputs.map((input) => ({ file: input.file, text: reportOn(input) })),
        error: null,
      };
    } catch (error) {
      return { file: job.file, reports: [], error: readError(error) };
    }
  };
}

async function inputsOf(job: Job, url: string | null): Promise<Input[]> {
  if (job.kind === 'refused') throw new InputError(job.error);
  if (job.kind === 'file') return loadInputs(job.file, url);
  let record: unknown;
  try {
    record = JSON.parse(job.text);
  } catch {
    throw new InputError(`invalid JSON on line ${job.line}`);
  }
  return [recordInput(record, job.line, job.file, url)];
}
