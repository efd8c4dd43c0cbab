import type { HighlightKind } from './highlight-plan';

export const HIGHLIGHT_PREFIX = 'nhsps';
export const highlightName = (kind: HighlightKind) => `${HIGHLIGHT_PREFIX}-${kind}`;

/**
 * Never colour alone: each kind also has its own underline style (solid, dashed, wavy, dotted), so
 * the marks differ in greyscale and for colour-blind readers.
 */
export const KIND_STYLES: Record<HighlightKind, { background: string; line: string; style: string; label: string }> = {
  met: { background: 'rgba(0, 150, 65, 0.16)', line: '#007f3b', style: 'solid', label: 'In your profile' },
  partial: {
    background: 'rgba(255, 184, 0, 0.22)',
    line: '#a35f00',
    style: 'dashed',
    label: 'Partly (related skill or in progress)',
  },
  missing: { background: 'rgba(212, 53, 28, 0.16)', line: '#d5281b', style: 'wavy', label: 'Missing: essential' },
  desirable: { background: 'rgba(0, 94, 184, 0.12)', line: '#005eb8', style: 'dotted', label: 'Missing: desirable' },
};

export function highlightCss(): string {
  return Object.entries(KIND_STYLES)
    .map(([kind, s]) => {
      const declarations = `background-color: ${s.background}; color: inherit; text-decoration: underline ${s.style} ${s.line} 2px;`;
      return (
        `::highlight(${highlightName(kind as HighlightKind)}) { ${declarations} }\n` +
        `mark.${highlightName(kind as HighlightKind)} { ${declarations} padding: 0; }`
      );
    })
    .join('\n');
}
