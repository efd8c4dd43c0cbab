import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { taxonomyFiles, taxonomyMarkers } from '../../bench/extension/taxonomy-files';
import type { SkillDefinition } from '../../../src/core/model/skill';

const skill = (id: string, variants: SkillDefinition['variants']): SkillDefinition =>
  ({ id, label: id, category: 'clinical', variants }) as SkillDefinition;

const TAXONOMY = [
  skill('a', ['wound care', 'tissue viability and wound care']),
  skill('b', ['ILM Level 5', { text: 'leadership of a large clinical team' }]),
  skill('c', ['audit']),
  skill('d', ['moving and handling of patients']),
];

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build(files: Record<string, string | Buffer>): string {
  dir = mkdtempSync(join(tmpdir(), 'nhsps-build-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const manifest = JSON.stringify({
  background: { service_worker: 'background.js' },
  content_scripts: [{ js: ['content-scripts/advert.js'] }],
});

describe('finding the built files that carry the taxonomy', () => {
  it('takes the longest plain variant of skills spread through the taxonomy as markers', () => {
    expect(taxonomyMarkers(TAXONOMY, 3)).toEqual([
      'tissue viability and wound care',
      'leadership of a large clinical team',
      'moving and handling of patients',
    ]);
  });

  it('lists each file holding most markers, with who loads it and why', () => {
    const data = `["tissue viability and wound care","leadership of a large clinical team","moving and handling of patients"]`;
    const found = taxonomyFiles(
      build({
        'manifest.json': manifest,
        'background.js': 'fetch("/taxonomy.bin.gz")',
        'taxonomy.bin.gz': gzipSync(`NHST{"skills":${data}}`),
        'content-scripts/advert.js': 'const marks=1;',
        'popup.html': '<script type="module" src="/chunks/popup-1.js"></script>',
        'chunks/popup-1.js': `import"./shared-2.js";`,
        'chunks/shared-2.js': `export const t=${data};`,
      }),
      TAXONOMY,
    );
    expect(found.files.map((f) => [f.file, f.loadedBy])).toEqual([
      ['chunks/shared-2.js', ['popup.html']],
      ['taxonomy.bin.gz', ['background (service worker), fetched when it wakes']],
    ]);
    expect(found.files[1]!.why).toMatch(/one copy/);
    expect(found.files[0]!.why).toMatch(/second copy/);
  });

  it('lists the compiled taxonomy’s binary file by its first bytes (gunzipped), whatever phrases it holds', () => {
    const found = taxonomyFiles(
      build({
        'manifest.json': manifest,
        'background.js': 'fetch("/taxonomy.bin.gz")',
        'taxonomy.bin.gz': gzipSync('NHST\u0003\u0000\u0000\u0000{"ends":"3,1,0,audit"}'),
        'other.bin': 'NHSX moving and handling of patients',
      }),
      TAXONOMY,
    );
    expect(found.files.map((f) => [f.file, f.markers, f.compiled, f.loadedBy])).toEqual([
      ['taxonomy.bin.gz', 0, true, ['background (service worker), fetched when it wakes']],
    ]);
  });

  it('does not count a file that mentions one phrase of the taxonomy', () => {
    const found = taxonomyFiles(
      build({
        'manifest.json': manifest,
        'background.js': '',
        'content-scripts/advert.js': 'const help="moving and handling of patients";',
      }),
      TAXONOMY,
    );
    expect(found.files).toEqual([]);
  });
});
