import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../src/cli/args';

describe('parseArgs', () => {
  it('reads files and options in any order', () => {
    expect(
      parseArgs([
        'a.html',
        '--json',
        '--profile',
        'p.json',
        'b.html',
        '--url=https://www.jobs.nhs.uk/x',
        '--workers',
        '3',
      ]),
    ).toEqual({
      files: ['a.html', 'b.html'],
      url: 'https://www.jobs.nhs.uk/x',
      profile: 'p.json',
      json: true,
      workers: 3,
      help: false,
    });
  });

  it('rejects unknown options, missing values and bad addresses', () => {
    expect(() => parseArgs(['--jsn'])).toThrow(UsageError);
    expect(() => parseArgs(['--profile'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--url', 'not a url'])).toThrow(/not a valid address/);
  });

  it('takes a number of worker threads, or auto by default', () => {
    expect(parseArgs([]).workers).toBe('auto');
    expect(parseArgs(['--workers=auto']).workers).toBe('auto');
    for (const bad of ['0', '1.5', 'many', '65']) expect(() => parseArgs(['--workers', bad])).toThrow(/--workers/);
  });
});
