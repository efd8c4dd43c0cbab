import type { Level } from '../../model/criterion';
import type { Layout } from './free-text-criterion';
import { isOfferOrField, opensOffer } from './headings';
import { hedgedLevel, saysMust, statesEssential, type MarkedLevel } from './levels';
import { proseCriteria } from './prose';
import { readsAsRequirement } from './requirement-sentence';
import type { TextLine } from './text-line';

/**
 * none: outside any specification (only explicitly marked items and requirement sentences count);
 * level: under an Essential/Desirable heading or label; list: after "The successful candidate will
 * have:"; spec: under "Person Specification" with no level yet.
 */
export type Mode = 'none' | 'level' | 'list' | 'spec';
export type Section = {
  mode: Mode;
  level: MarkedLevel | null;
  layout: Layout;
  items: number;
  listItems: number;
  plainItems: number;
};

export const NONE: Section = {
  mode: 'none',
  level: null,
  layout: 'inline-markers',
  items: 0,
  listItems: 0,
  plainItems: 0,
};
export const section = (mode: Mode, level: MarkedLevel | null, layout: Layout): Section => ({
  mode,
  level,
  layout,
  items: 0,
  listItems: 0,
  plainItems: 0,
});

// A link, an e-mail address, "click", "apply now", a telephone number: how to apply, not a requirement.
export const CONTACT =
  /https?:\/\/|www\.|\S@\S|\bclick\b|\bapply\s+(?:now|online|today)\b|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b/i;

/** An item's level: its own marker, "… is essential", a hedge, or the section's. */
export function itemLevel(current: Section, marker: MarkedLevel | null, words: string): Level | null {
  if (marker) return marker;
  if (statesEssential(words)) return 'essential';
  switch (current.mode) {
    case 'level': {
      const hedge = hedgedLevel(words, false);
      if (hedge === 'not-required') return null;
      return hedge ?? current.level;
    }
    case 'list': {
      const hedge = hedgedLevel(words, true);
      if (hedge === 'not-required') return null;
      return hedge ?? current.level;
    }
    case 'spec': {
      const hedge = hedgedLevel(words, false);
      if (hedge === 'not-required') return null;
      return hedge ?? (saysMust(words) ? 'essential' : 'unspecified');
    }
    case 'none':
      return null;
  }
}

/** A paragraph of prose after a list, a contact line, a long statement: the specification is over. */
export function endsSection(line: TextLine, listish: boolean, words: number, current: Section): boolean {
  if (CONTACT.test(line.text)) return true;
  if (listish) return opensOffer(line.text);
  if (isOfferOrField(line.text)) return true;
  // After a list, a paragraph ends it; a short line ("Operating systems: Windows Server") is one more item.
  if (current.listItems > 0 && current.plainItems === 0) return words > 12 || !readsAsRequirement(line.text);
  if (words > 60) return true;
  // A paragraph that asks something of the applicant is part of the section ("About you: You will be …").
  if (current.mode === 'list' || (current.mode === 'spec' && current.level === null))
    return words > 25 && proseCriteria(line.text).length === 0;
  return current.items > 0 && words > 30;
}
