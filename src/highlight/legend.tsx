import { useState } from 'preact/hooks';
import { heldCount } from '../compare/compare';
import type { Report } from '../spec/report';
import { HIGHLIGHT_KINDS } from './highlight-plan';
import { KIND_STYLES } from './highlight-styles';

type Props = {
  report: Report;
  onNextGap: () => { index: number; total: number } | null;
  /** Reads the page again; true when something changed. */
  onRescan?: () => boolean;
};

/** The small key in the corner of an advert: what each mark means, the essential tally, next gap. */
export function Legend({ report, onNextGap, onRescan }: Props) {
  // On a phone-width page the open key would cover the advert, so there it starts folded into the pill.
  const [open, setOpen] = useState(() => !window.matchMedia?.('(max-width: 640px)').matches);
  const [position, setPosition] = useState<string | null>(null);
  const [rescanned, setRescanned] = useState<string | null>(null);
  const { essential } = report.counts;
  // Met with or without an evidence note yet: the page marks what the profile holds.
  const held = heldCount(essential);
  const blockers = report.blockers.length;

  if (!open) {
    return (
      <button type="button" class="pill" aria-expanded="false" onClick={() => setOpen(true)}>
        Person spec: {held}/{essential.total} essential met
      </button>
    );
  }
  return (
    <section class="legend" aria-label="Person specification highlights">
      <header>
        <strong>Person spec</strong>
        <button type="button" class="close" aria-expanded="true" aria-label="Hide the key" onClick={() => setOpen(false)}>
          ×
        </button>
      </header>
      <p class="tally">
        Essential: <b>{held}</b> of {essential.total} met
        {blockers > 0 ? ` · ${blockers} blocker${blockers === 1 ? '' : 's'}` : ''}
      </p>
      <ul class="key">
        {HIGHLIGHT_KINDS.map((kind) => (
          <li key={kind}>
            <span class={`swatch swatch--${kind}`} style={{
              background: KIND_STYLES[kind].background,
              textDecorationStyle: KIND_STYLES[kind].style,
              textDecorationColor: KIND_STYLES[kind].line,
            }}>skill</span>
            {KIND_STYLES[kind].label}
          </li>
        ))}
      </ul>
      {blockers > 0 && (
        <button type="button" class="next" onClick={() => {
          const at = onNextGap();
          setRescanned(null);
          setPosition(at ? `${at.index} of ${at.total}` : null);
        }}>
          Next essential gap ↓
        </button>
      )}
      {onRescan && (
        <button type="button" class="rescan" onClick={() => {
          setPosition(null);
          setRescanned(onRescan() ? 'Page read again: updated' : 'Page read again: no change');
        }}>
          Re-scan
        </button>
      )}
      <span class="position" aria-live="polite">{position ?? rescanned ?? ''}</span>
    </section>
  );
}
