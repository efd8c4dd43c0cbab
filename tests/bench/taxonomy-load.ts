import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { taxonomyFileBytes } from '../../scripts/build/compiled-taxonomy';
import { TAXONOMY_FILE } from '../../src/core/taxonomy/taxonomy-file';
import { readPage } from '../../src/core/pipeline/read-page';
import { benchAdvert, BENCH_URL } from './pages/bench-advert';
import { median } from './median';

/**
 * npx tsx tests/bench/taxonomy-load.ts [processes]: what the background pays for the taxonomy on a cold
 * wake, in fresh Node processes (cold code, as a service worker that was asleep): reading the built file,
 * loading the matcher, and matching the bench's advert (forty criteria) the first time. Medians.
 */
const processes = Number(process.argv[2] ?? 9);
const dir = mkdtempSync(join(tmpdir(), 'nhsps-taxonomy-load-'));
try {
  const bytes = taxonomyFileBytes();
  writeFileSync(join(dir, TAXONOMY_FILE), bytes);
  const { document } = parseHTML(benchAdvert(1)) as unknown as { document: Document };
  const spec = readPage(document, new URL(BENCH_URL)).spec;
  writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec));
  console.log(
    `${TAXONOMY_FILE}: ${bytes.length} bytes, ${gzipSync(bytes).length} gzipped; ${spec.criteria.length} criteria`,
  );
  const child = join(import.meta.dirname, 'taxonomy-load-child.ts');
  const runs = Array.from(
    { length: processes },
    () =>
      JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', child, dir], { encoding: 'utf8' })) as Record<
        string,
        number
      >,
  );
  for (const key of Object.keys(runs[0]!)) {
    console.log(`${key}: ${median(runs.map((r) => r[key]!)).toFixed(1)} (median of ${processes} processes)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
