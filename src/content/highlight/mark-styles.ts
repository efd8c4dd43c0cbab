import type { HighlightKind } from './highlight-plan';

/**
 * Calm marks that never rely on colour alone: each kind has its own line (solid, dashed, double,
 * dotted) and a word in the key; only an essential gap is tinted. Drawn under the words, never over
 * them, so the advert stays readable; the colours hold in dark pages too (they sit on the text's
 * own background).
 */
export const KIND_STYLES: Record<HighlightKind, { line: string; style: string; tint: string; label: string }> = {
  met: { line: '#007f3b', style: 'solid', tint: 'transparent', label: 'In your profile' },
  partial: { line: '#b35c00', style: 'dashed', tint: 'transparent', label: 'Partly (related, or in progress)' },
  missing: {
    line: '#d5281b',
    style: 'double',
    tint: 'rgba(213, 40, 27, 0.10)',
    label: 'Not yet: essential',
  },
  desirable: { line: '#005eb8', style: 'dotted', tint: 'transparent', label: 'Not yet: desirable' },
};

/** The overlay's own style sheet, inside its closed shadow root: nothing of it is on the page. */
export function markCss(): string {
  const kinds = Object.entries(KIND_STYLES)
    .map(
      ([kind, s]) =>
        `.mark.${kind} { border-bottom: ${s.style === 'double' ? 4 : 2}px ${s.style} ${s.line}; background: ${s.tint}; }`,
    )
    .join('\n');
  return `
:host { all: initial; }
.mark, .flash { position: absolute; box-sizing: border-box; pointer-events: none; border-radius: 2px; }
${kinds}
.flash { background: rgba(255, 235, 59, 0.55); outline: 3px solid #ffb81c; transition: opacity 0.4s; }
.flash.gone { opacity: 0; }
@media (forced-colors: active) { .mark { border-bottom-color: Highlight; } .flash { outline-color: Highlight; } }
`;
}
