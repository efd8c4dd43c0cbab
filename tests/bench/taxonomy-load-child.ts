import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { PerformanceObserver } from 'node:perf_hooks';
import { loadTaxonomy } from '../../src/core/taxonomy/compiled-taxonomy';
import { decodeTaxonomy, TAXONOMY_FILE } from '../../src/core/taxonomy/taxonomy-file';
import { matchSpec } from '../../src/core/pipeline/match-spec';
import type { PersonSpec } from '../../src/core/model/person-spec';

/**
 * One cold wake of the background, in this fresh process (run by taxonomy-load.ts): read the built file,
 * load the shared matcher from it as the background does, match the advert's criteria. Prints the times;
 * with NHSPS_CPU_PROFILE=file.cpuprofile, writes a CPU profile of that work (sampled each 100 µs).
 */
const [dir] = process.argv.slice(2) as [string];
const spec = JSON.parse(readFileSync(`${dir}/spec.json`, 'utf8')) as PersonSpec;
let gcMs = 0;
new PerformanceObserver((list) => list.getEntries().forEach((e) => (gcMs += e.duration))).observe({
  entryTypes: ['gc'],
});
const profile = process.env.NHSPS_CPU_PROFILE;
const session = new Session();
const post = (method: string, params = {}) =>
  new Promise<unknown>((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );
if (profile) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
}
const t0 = performance.now();
const bytes = readFileSync(`${dir}/${TAXONOMY_FILE}`);
// A large file has a buffer of its own: use it as fetch's arrayBuffer() would give it, without a copy.
const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
const buffer = (
  own ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
) as ArrayBuffer;
const t1 = performance.now();
const matcher = loadTaxonomy(decodeTaxonomy(buffer), 'shared');
const t2 = performance.now();
const analysed = matchSpec(spec, matcher);
const t3 = performance.now();
if (profile) writeFileSync(profile, JSON.stringify(((await post('Profiler.stop')) as { profile: unknown }).profile));
const hits = analysed.criteria.reduce((n, c) => n + c.hits.length, 0);
// The observer reports after the work: wait for it before printing.
setTimeout(() => {
  console.log(JSON.stringify({ readMs: t1 - t0, loadMs: t2 - t1, matchMs: t3 - t2, totalMs: t3 - t0, gcMs, hits }));
}, 50);
