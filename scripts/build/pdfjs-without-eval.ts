import type { Plugin } from 'vite';

/**
 * pdf.js can compile PostScript functions with `new Function`, and probes for it; the extension turns
 * that off (`isEvalSupported: false`) and MV3 forbids it anyway. This build step removes those paths
 * from the shipped pdf.js files too, so no code that builds code from strings is shipped at all,
 * and fails the build if pdf.js ever gains one it does not know.
 */
const PATCHES: [RegExp, string][] = [
  // The probe: `try { new Function(""); return true } catch { return false }` now always says no.
  [/(?:new\s+)?Function\((?:""|''|``)\)/g, '(()=>{throw 0})()'],
  // The compiler's output, reached only when the probe said yes.
  [/new\s+Function\("src","srcOffset","dest","destOffset",[\w$]+\)/g, 'null'],
  // A PDF dictionary key and an error message that merely contain the word.
  [/"Function"/g, '"Func"+"tion"'],
  [/PS Function: /g, 'PS function: '],
];
const PDFJS = /GlobalWorkerOptions|PostScriptCompiler/;
const CODE_FROM_STRINGS = /\beval\s*\(|\bFunction\b(?!\s*\.)/;

export function pdfjsWithoutEval(): Plugin {
  return {
    name: 'nhsps:pdfjs-without-eval',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        const isAsset = output.type === 'asset';
        if (isAsset && !/\.m?js$/.test(output.fileName)) continue;
        const code = isAsset
          ? typeof output.source === 'string'
            ? output.source
            : new TextDecoder().decode(output.source)
          : output.code;
        if (!PDFJS.test(code)) continue;
        const patched = PATCHES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), code);
        const left = CODE_FROM_STRINGS.exec(patched);
        if (left) {
          throw new Error(
            `${output.fileName}: pdf.js code that builds code from strings is left at ${left.index}: ${patched.slice(left.index - 60, left.index + 60)}`,
          );
        }
        if (isAsset) output.source = patched;
        else output.code = patched;
      }
    },
  };
}
