/** What the bundler tells a chunk group's name function about a module (rolldown's `ChunkingContext`). */
export type ModuleGraph = { getModuleInfo(id: string): { importers: readonly string[] } | null };

/**
 * Everything a page imports statically, in one chunk (rolldown's `advancedChunks` group): the popup then loads its
 * entry and one script it imports instead of six, each of which the browser reads from the extension in a round
 * trip of its own before the page can run. What it imports lazily (documents, the workspace's views) stays apart,
 * and so does the entry itself: other pages that share the chunk must not run the popup. `entry`: the page's entry
 * modules (its HTML and its script).
 */
export function pageInOneChunk(name: string, entry: RegExp) {
  return {
    name: (id: string, graph: ModuleGraph): string | null =>
      !entry.test(id) && importedStatically(id, entry, graph) ? name : null,
  };
}

/** Whether a chain of static imports leads from an entry module to `id`. */
export function importedStatically(id: string, entry: RegExp, graph: ModuleGraph): boolean {
  const seen = new Set<string>();
  const todo = [id];
  while (todo.length > 0) {
    const at = todo.pop()!;
    if (entry.test(at)) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    todo.push(...(graph.getModuleInfo(at)?.importers ?? []));
  }
  return false;
}
