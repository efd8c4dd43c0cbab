import { heldCount } from '../../core/compare/held-count';
import { elementBuilder } from '../../core/dom/element';
import type { Report } from '../../core/model/report';
import type { ProfileStanding } from '../../messaging/background-messages';
import { HIGHLIGHT_KINDS } from './highlight-plan';
import { KIND_STYLES } from './mark-styles';

export type KeyActions = {
  onNextGap: () => { index: number; total: number } | null;
  /** Reads the page again; true when something changed. */
  onRescan: () => Promise<boolean>;
  /** Opens the profile set-up, for a profile with nothing in it yet. */
  onSetUp: () => void;
};

export type KeyView = { report: Report | null; profile: ProfileStanding; error: string | null };
export type Key = { root: HTMLElement; show(view: KeyView): void };

/**
 * The key docked above the person specification: the essential tally, what each mark means, the next
 * gap and a re-scan. Built once and updated in place, so a button keeps focus when the figures change.
 */
export function createKey(doc: Document, { onNextGap, onRescan, onSetUp }: KeyActions): Key {
  const h = elementBuilder(doc);
  let view: KeyView = { report: null, profile: 'ok', error: null };
  let message = '';

  const tally = h('p', { class: 'tally' });
  const next = h('button', { type: 'button', onclick: () => say(position(onNextGap())) }, 'Next essential gap ↓');
  const setUp = h('button', { type: 'button', class: 'primary', onclick: onSetUp }, 'Add your skills');
  const rescan = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        say('Reading the page again…');
        void onRescan().then((changed) => say(changed ? 'Page read again: updated' : 'Page read again: no change'));
      },
    },
    'Re-scan',
  );
  const status = h('span', { class: 'status', role: 'status' });
  const legend = h(
    'ul',
    { class: 'legend', 'aria-label': 'What the marks mean' },
    ...HIGHLIGHT_KINDS.map((kind) =>
      h('li', {}, h('span', { class: `swatch ${kind}`, 'aria-hidden': 'true' }), KIND_STYLES[kind].label),
    ),
  );
  const root = h(
    'section',
    { class: 'key', 'aria-label': 'Person specification helper' },
    h('div', { class: 'row' }, h('strong', { class: 'name' }, 'Person spec'), tally, setUp, next, rescan, status),
    legend,
  );

  const say = (text: string) => {
    message = text;
    update();
  };
  const update = () => {
    const { report, profile, error } = view;
    status.textContent = message;
    setUp.hidden = profile !== 'empty' || error !== null;
    if (error || !report) {
      tally.textContent = error ?? 'Reading the advert…';
      next.hidden = true;
      return;
    }
    tally.textContent = tallyText(report, profile);
    next.hidden = profile !== 'ok' || report.blockers.length === 0;
  };
  update();
  return {
    root,
    show(latest) {
      view = latest;
      update();
    },
  };
}

const position = (at: { index: number; total: number } | null) => (at ? `Gap ${at.index} of ${at.total}` : '');

function tallyText(report: Report, profile: ProfileStanding): string {
  const { essential } = report.counts;
  const blockers = report.blockers.length;
  if (profile === 'empty') return `${essential.total} essential criteria · add your skills to see which you meet`;
  if (profile === 'unreadable') {
    return `${essential.total} essential criteria · your saved profile could not be read: open the extension`;
  }
  return `Essential: ${heldCount(essential)} of ${essential.total} met${blockers > 0 ? ` · ${blockers} to address` : ''}`;
}
