import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILT_TAXONOMY_FILE, compiledTaxonomy, taxonomyFileBytes } from '../../../../scripts/build/compiled-taxonomy';

type Emitted = { type: string; fileName: string; source: Uint8Array };

/** The virtual module as a build makes it: the code it returns, and the files it emits. */
function built() {
  const plugin = compiledTaxonomy();
  (plugin.configResolved as (config: { command: string }) => void)({ command: 'build' });
  const emitted: Emitted[] = [];
  const id = (plugin.resolveId as (source: string) => string)('virtual:compiled-taxonomy');
  const code = (plugin.load as (this: unknown, id: string) => string).call(
    { emitFile: (file: Emitted) => emitted.push(file) },
    id,
  );
  return { code, emitted };
}

/** The module's default export, run with `fetch` standing in for the browser's. */
const reader = (code: string, fetch: (url: string) => Promise<Response>) =>
  new Function('fetch', code.replace('export default', 'return'))(fetch) as () => Promise<ArrayBuffer>;

describe('the compiled taxonomy in a build', () => {
  const bytes = taxonomyFileBytes();
  const { code, emitted } = built();

  it('is emitted once, gzipped, and gunzips to the taxonomy file', () => {
    expect(emitted.map((f) => f.fileName)).toEqual([BUILT_TAXONOMY_FILE]);
    expect(emitted[0]!.source.length).toBeLessThan(bytes.length / 3);
    expect(Buffer.from(gunzipSync(emitted[0]!.source)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('is read by fetching that file and gunzipping it', async () => {
    const asked: string[] = [];
    const read = reader(code, async (url) => {
      asked.push(url);
      return new Response(gzipSync(Buffer.from('NHST and the rest')));
    });
    expect(new TextDecoder().decode(await read())).toBe('NHST and the rest');
    expect(asked).toEqual([`/${BUILT_TAXONOMY_FILE}`]);
  });

  it('fails with the status when the file cannot be fetched', async () => {
    const read = reader(code, async () => new Response('', { status: 404 }));
    await expect(read()).rejects.toThrow(/could not be fetched \(404\)/);
  });
});
