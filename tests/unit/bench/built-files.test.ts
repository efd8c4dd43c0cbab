import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { advertPageScripts } from '../../bench/extension/built-files';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'nhsps-built-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

describe('the scripts that run on an advert page', () => {
  it('are the declared waker, and the reader and the painter the background injects, each once', () => {
    const built = build({
      'manifest.json': JSON.stringify({ content_scripts: [{ js: ['waker.js'] }, { js: ['waker.js'] }] }),
      'waker.js': '',
      'reader.js': '',
      'popup-first-requests.js': '',
      'content-scripts/advert.js': '',
      'content-scripts/advert.css': '',
      'background.js': '',
      'chunks/popup-1.js': '',
    });
    expect(advertPageScripts(built)).toEqual(['waker.js', 'content-scripts/advert.js', 'reader.js']);
  });
});
