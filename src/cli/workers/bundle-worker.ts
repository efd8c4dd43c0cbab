import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/**
 * pdf.js stays out of the bundle (it needs Node's globals at load, and is only loaded at the first PDF),
 * imported from where this project resolves it, whatever the working directory.
 */
const pdfJsOutside: Plugin = {
  name: 'pdf.js outside',
  setup(build) {
    const resolve = createRequire(import.meta.url).resolve;
    build.onResolve({ filter: /^pdfjs-dist\// }, ({ path }) => ({
      path: pathToFileURL(resolve(path)).href,
      external: true,
    }));
  },
};

/**
 * A worker thread's code as one CommonJS script, bundled from its TypeScript entry: worker threads do
 * not inherit tsx's loader under Node 20, and a bundle starts in a fraction of the time tsx's per-file
 * transform takes.
 */
export async function bundleWorker(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'error',
    plugins: [pdfJsOutside],
  });
  return result.outputFiles[0]!.text;
}
