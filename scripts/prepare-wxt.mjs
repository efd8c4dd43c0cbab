// After an install, `wxt prepare` writes the types and tsconfig under .wxt/. A production install
// (npm ci --omit=dev) has no wxt, and nothing of the build to prepare: it is skipped there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../node_modules/wxt/package.json', import.meta.url))) {
  console.log('wxt is not installed (a production install): nothing to prepare.');
  process.exit(0);
}
const result = spawnSync('wxt', ['prepare'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
