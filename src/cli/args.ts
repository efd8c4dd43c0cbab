export type CliArgs = {
  files: string[];
  url: string | null;
  profile: string | null;
  json: boolean;
  workers: number | 'auto';
  help: boolean;
};

export class UsageError extends Error {}

export const USAGE = `Usage: npm run analyse -- [files…] [--url URL] [--profile profile.json] [--json]

  files           saved advert pages (.html), JobPosting records (.json, .jsonl[.gz]), attached
                  documents (.pdf, .docx); none: the bundled sample advert
  --url URL       the address the page came from (default: read from the page, else the file)
  --profile FILE  compare with this profile (default with no files: the bundled sample profile)
  --json          one JSON object per advert, one per line (JSON Lines)
  --workers N     worker threads (default auto: every core for JSON Lines or over 32 files)

  JSON Lines files (.jsonl, .ndjson, gzipped or not) are read a record at a time, whatever their size.`;

function workers(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64)
    throw new UsageError(`--workers: a number from 1 to 64, or auto`);
  return count;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { files: [], url: null, profile: null, json: false, workers: 'auto', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--json') args.json = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--url') args.url = value();
    else if (arg === '--profile') args.profile = value();
    else if (arg.startsWith('--url=')) args.url = arg.slice(6);
    else if (arg.startsWith('--profile=')) args.profile = arg.slice(10);
    else if (arg === '--workers') args.workers = workers(value());
    else if (arg.startsWith('--workers=')) args.workers = workers(arg.slice(10));
    else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (args.url !== null && !URL.canParse(args.url)) throw new UsageError(`--url: not a valid address: ${args.url}`);
  return args;
}
