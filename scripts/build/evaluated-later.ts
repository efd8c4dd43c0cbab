import type { Plugin } from 'vite';

/**
 * Declared at document_start, a script is evaluated inside one of the page's parsing tasks, where everything it
 * does counts as part of that task. Wrapped in a function handed to a timer, the script's code is only scanned
 * there (V8 compiles a function passed as an argument lazily): it is compiled and run in a task of its own, right
 * after. `fileNames`: the built scripts to wrap (the reader, entrypoints/reader.ts).
 */
export function evaluatedLater(fileNames: readonly string[]): Plugin {
  return {
    name: 'nhsps:evaluated-later',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !fileNames.includes(output.fileName)) continue;
        output.code = wrapInTimer(output.code);
      }
    },
  };
}

/** The script's code as a function a timer calls: no statement of it runs, nor is compiled, before then. */
export const wrapInTimer = (code: string): string => `setTimeout(function () {\n${code}\n}, 0);\n`;
