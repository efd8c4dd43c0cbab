import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadEnglishMessages } from '../core/model/english-messages';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args';
import { COLOUR, PLAIN } from './format-report';
import { MAX_PAGE_BYTES } from './input-kind';
import { isJsonLines, jobsOf } from './jobs/jobs-of';
import { loadProfileFile, ProfileFileError } from './load-profile-file';
import { createSession, type Outcome, type SessionOptions } from './session';
import { inWorkers } from './workers/in-workers';

const SAMPLE_ADVERT = fileURLToPath(new URL('./sample/advert.html', import.meta.url));
const SAMPLE_PROFILE = fileURLToPath(new URL('./sample/profile.json', import.meta.url));

/** Worker threads pay off for a corpus, not for a few pages: every core then, else this thread. */
function workerCount(args: CliArgs, files: readonly string[]): number {
  if (args.workers !== 'auto') return args.workers;
  return files.some(isJsonLines) || files.length > 32 ? availableParallelism() : 1;
}

async function* inThisThread(jobs: ReturnType<typeof jobsOf>, options: SessionOptions): AsyncGenerator<Outcome> {
  const run = createSession(options);
  for await (const job of jobs) yield await run(job);
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
  const profile = profileFile ? await loadProfileFile(profileFile) : null;
  const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const style = colour ? COLOUR : PLAIN;
  const options: SessionOptions = { json: args.json, colour, url: args.url, profile };
  const workers = workerCount(args, files);
  const jobs = jobsOf(files, MAX_PAGE_BYTES);
  const outcomes = workers > 1 ? inWorkers(jobs, workers, options) : inThisThread(jobs, options);

  let failures = 0;
  let printed = 0;
  for await (const { reports, error, file } of outcomes) {
    if (error !== null) {
      failures++;
      console.error(`error: cannot read ${file}: ${error}`);
    }
    for (const report of reports) {
      if (args.json) {
        process.stdout.write(`${report.text}\n`);
        continue;
      }
      if (printed++ > 0) console.log(`\n${'─'.repeat(72)}\n`);
      if (files.length > 1 || report.file !== file) console.log(style.dim(report.file));
      console.log(report.text);
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
