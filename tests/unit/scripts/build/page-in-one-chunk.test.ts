import { describe, expect, it } from 'vitest';
import { importedStatically, pageInOneChunk, type ModuleGraph } from '../../../../scripts/build/page-in-one-chunk';

/** A module graph given as each module's static importers. */
const graphOf = (importers: Record<string, string[]>): ModuleGraph => ({
  getModuleInfo: (id) => (id in importers ? { importers: importers[id]! } : null),
});

const POPUP = /popup\/main\.tsx$/;
const graph = graphOf({
  'popup/main.tsx': [],
  'options/main.tsx': [],
  'report.tsx': ['popup/main.tsx'],
  'preact.js': ['report.tsx', 'options/main.tsx', 'cycle-b.ts'],
  'cycle-a.ts': ['cycle-b.ts'],
  'cycle-b.ts': ['cycle-a.ts'],
  'options-only.tsx': ['options/main.tsx'],
  // Imported lazily: the bundler lists no static importer.
  'read-document.ts': [],
});

describe('pageInOneChunk', () => {
  it('takes what the page imports statically, however deep', () => {
    expect(importedStatically('report.tsx', POPUP, graph)).toBe(true);
    expect(importedStatically('preact.js', POPUP, graph)).toBe(true);
  });

  it('leaves what only another page imports, what is imported lazily, and import cycles', () => {
    expect(importedStatically('options-only.tsx', POPUP, graph)).toBe(false);
    expect(importedStatically('read-document.ts', POPUP, graph)).toBe(false);
    expect(importedStatically('cycle-a.ts', POPUP, graph)).toBe(false);
  });

  it('names the chunk of the modules it takes, and none for the others nor for the entry itself', () => {
    const group = pageInOneChunk('popup-app', POPUP);
    expect(group.name('report.tsx', graph)).toBe('popup-app');
    expect(group.name('options-only.tsx', graph)).toBeNull();
    // Another page sharing the chunk must not run the popup.
    expect(group.name('popup/main.tsx', graph)).toBeNull();
  });
});
