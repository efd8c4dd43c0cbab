import { heldCount } from '../../core/compare/compare';
import { elementBuilder } from '../../core/dom/element';
import type { Report } from '../../core/model/report';
import { HIGHLIGHT_KINDS } from './highlight-plan';
import { KIND_STYLES } from './highlight-styles';

export type LegendActions = {
  onNextGap: () => { index: number; total: number } | null;
  /** Reads the page again; true when something changed. */
  onRescan?: () => boolean;
};

export type Legend = { root: HTMLElement; show(report: Report): void };

/**
 * The small key in the corner of an advert: what each mark means, the essential tally, next gap.
 * Built once and updated in place, so a button keeps focus when the figures change under it.
 */
export function createLegend(doc: Document, { onNextGap, onRescan }: LegendActions): Legend {
  const h = elementBuilder(doc);
  let report: Report | undefined;
  let message = '';

  const pill = h('button', { type: 'button', class: 'pill', 'aria-expanded': 'false', onclick: () => fold(false) });
  const tally = h('p', { class: 'tally' });
  const next = h(
    'button',
    {
      type: 'button',
      class: 'next',
      onclick: () => {
        const at = onNextGap();
        say(at ? `${at.index} of ${at.total}` : '');
      },
    },
    'Next essential gap ↓',
  );
  const position = h('span', { class: 'position', 'aria-live': 'polite' });
  const key = h(
    'ul',
    { class: 'key' },
    ...HIGHLIGHT_KINDS.map((kind) => {
      const swatch = h('span', { class: `swatch swatch--${kind}` }, 'skill');
      swatch.style.background = KIND_STYLES[kind].background;
      swatch.style.textDecorationStyle = KIND_STYLES[kind].style;
      swatch.style.textDecorationColor = KIND_STYLES[kind].line;
      return h('li', {}, swatch, KIND_STYLES[kind].label);
    }),
  );
  const rescan =
    onRescan &&
    h(
      'button',
      {
        type: 'button',
        class: 'rescan',
        onclick: () => {
          say(onRescan() ? 'Page read again: updated' : 'Page read again: no change');
        },
      },
      'Re-scan',
    );
  const section = h(
    'section',
    { class: 'legend', 'aria-label': 'Person specification highlights' },
    h(
      'header',
      {},
      h('strong', {}, 'Person spec'),
      h(
        'button',
        {
          type: 'button',
          class: 'close',
          'aria-expanded': 'true',
          'aria-label': 'Hide the key',
          onclick: () => fold(true),
        },
        '×',
      ),
    ),
    tally,
    key,
    next,
    ...(rescan ? [rescan] : []),
    position,
  );
  const root = h('div', {}, pill, section);

  const say = (text: string) => {
    message = text;
    update();
  };
  const fold = (folded: boolean) => {
    pill.hidden = !folded;
    section.hidden = folded;
    (folded ? pill : section.querySelector('button'))?.focus();
  };
  const update = () => {
    if (!report) return;
    const { essential } = report.counts;
    // Met with or without an evidence note yet: the page marks what the profile holds.
    const held = heldCount(essential);
    const blockers = report.blockers.length;
    pill.textContent = `Person spec: ${held}/${essential.total} essential met`;
    tally.replaceChildren(
      'Essential: ',
      h('b', {}, String(held)),
      ` of ${essential.total} met`,
      blockers > 0 ? ` · ${blockers} blocker${blockers === 1 ? '' : 's'}` : '',
    );
    next.hidden = blockers === 0;
    position.textContent = message;
  };

  // On a phone-width page the open key would cover the advert, so there it starts folded into the pill.
  const folded = doc.defaultView?.matchMedia?.('(max-width: 640px)').matches ?? false;
  pill.hidden = !folded;
  section.hidden = folded;
  return {
    root,
    show(latest) {
      report = latest;
      update();
    },
  };
}
