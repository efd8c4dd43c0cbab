import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { READER_SCRIPT } from '../../../src/messaging/advert-tab-scripts';

/** Every file of a build, as paths relative to its folder, sorted. */
export function builtFiles(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(folder, entry.name)) : [relative(dir, join(folder, entry.name))],
    );
  return walk(dir).sort();
}

/** The scripts an HTML page of the build loads (a classic script of its own, its entry chunk), relative paths. */
export function pageScripts(dir: string, html: string): string[] {
  const page = readFileSync(join(dir, html), 'utf8');
  const scripts = [...page.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  if (scripts.length === 0) throw new Error(`no script in ${html}`);
  return scripts;
}

/**
 * The chunks scripts load, by static import (at once) and by dynamic import (on demand, pdf.js),
 * transitively; `eager` includes the scripts themselves. Rolldown writes both as relative paths.
 */
export function chunkGraph(dir: string, entries: readonly string[]): { eager: Set<string>; lazy: Set<string> } {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string, into: Set<string>) => {
    if (eager.has(file) || into.has(file)) return;
    into.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    const folder = file.slice(0, file.lastIndexOf('/') + 1);
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"`;()]*?from\s*)?["']\.\/([^"']+\.js)["']/g))
      visit(folder + m[1], into);
    for (const m of code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)) visit(folder + m[1], lazy);
  };
  for (const entry of entries) visit(entry, eager);
  for (const file of eager) lazy.delete(file);
  return { eager, lazy };
}

/**
 * The scripts that run on an advert page: those the manifest declares (the waker) and those the background
 * injects (the reader, an unlisted script; WXT builds runtime-registered content scripts into
 * content-scripts/: the painter). Relative paths.
 */
export function advertPageScripts(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
  };
  const declared = (manifest.content_scripts ?? []).flatMap((s) => s.js ?? []);
  const reader = READER_SCRIPT.slice(1);
  const injected = builtFiles(dir).filter(
    (f) => f === reader || (f.startsWith('content-scripts/') && f.endsWith('.js')),
  );
  return [...new Set([...declared, ...injected])];
}
