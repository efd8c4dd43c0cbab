import { fileURLToPath } from 'node:url';
import { coachReport } from '../core/coach/coach-report';
import { profileReviewLookup, reviewProfile } from '../core/coach/profile-reviews';
import { compareWithProfile } from '../core/compare/compare';
import { analyseRead } from '../core/pipeline/analyse-page';
import type { Profile } from '../core/model/profile';
import { profileMatchers } from '../core/pipeline/profile-matcher';
import { COMPILED_HERE } from '../core/taxonomy/default-matcher';
import { parseArgs, USAGE, UsageError } from './args';
import { formatEvidenceReview, formatSuggestions } from './format-coach';
import { COLOUR, formatReport, PLAIN } from './format-report';
import { loadEnglishMessages } from '../core/model/english-messages';
import { loadInputs, type Input } from './load-input';
import { loadProfileFile, ProfileFileError } from './load-profile-file';
import { toJsonRecord, type Compared } from './to-json';

const SAMPLE_ADVERT = fileURLToPath(new URL('./sample/advert.html', import.meta.url));
const SAMPLE_PROFILE = fileURLToPath(new URL('./sample/profile.json', import.meta.url));

/** An error as one line for stderr: the system's codes in words, the rest as their message. */
function errorText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

async function main(argv: readonly string[]): Promise<number> {
  loadEnglishMessages();
  const args = parseArgs(argv);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const files = args.files.length > 0 ? args.files : [SAMPLE_ADVERT];
  const profileFile = args.profile ?? (args.files.length === 0 ? SAMPLE_PROFILE : null);
  const profile: Profile | null = profileFile ? await loadProfileFile(profileFile) : null;
  // Compiled at the first file read, so a call whose files are all refused ends at once; the profile's
  // examples are then read once, whatever the number of adverts.
  let ready: ReturnType<typeof prepare> | null = null;
  const prepare = () => {
    const matcher = profileMatchers(COMPILED_HERE)(profile?.customSkills ?? []);
    const reviews = profile ? reviewProfile(profile, matcher) : [];
    return { matcher, reviews, reviewOf: profile ? profileReviewLookup(profile, reviews) : null };
  };
  const style = process.stdout.isTTY && !process.env.NO_COLOR ? COLOUR : PLAIN;

  let failures = 0;
  let printed = 0;
  for (const file of files) {
    let inputs: Input[];
    try {
      inputs = await loadInputs(file, args.url);
    } catch (error) {
      failures++;
      console.error(`error: cannot read ${file}: ${errorText(error)}`);
      continue;
    }
    for (const input of inputs) {
      const { matcher, reviews, reviewOf } = (ready ??= prepare());
      const { analysed } = analyseRead(input.read, matcher);
      const report = profile ? compareWithProfile(analysed, profile, matcher.skills) : null;
      const compared: Compared | null =
        report && profile && reviewOf
          ? { report, coach: coachReport(report, profile, matcher.skills, reviewOf), reviews }
          : null;
      if (args.json) {
        process.stdout.write(`${JSON.stringify(toJsonRecord(input.file, analysed, compared))}\n`);
      } else {
        if (printed++ > 0) console.log(`\n${'─'.repeat(72)}\n`);
        if (files.length > 1 || inputs.length > 1) console.log(style.dim(input.file));
        const coach = compared?.coach ?? null;
        const lines = [formatReport(analysed, report, matcher.skills, style, new Date(), coach)];
        if (compared) lines.push(...formatSuggestions(compared.coach, compared.report, matcher.skills, style));
        if (compared) lines.push(...formatEvidenceReview(reviews, matcher.skills, style));
        console.log(lines.join('\n'));
      }
    }
  }
  if (!args.json && profileFile === SAMPLE_PROFILE) {
    console.log(
      style.dim('\nCompared with the bundled sample profile. Use --profile FILE for your own, --json for JSON Lines.'),
    );
  }
  return failures > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`error: ${error.message}\n\n${USAGE}`);
    else if (error instanceof ProfileFileError) console.error(`error: ${error.message}`);
    else console.error(error);
    process.exit(2);
  },
);
