import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import { compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { TAXONOMY } from '../../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../../src/core/taxonomy/stop-phrases';

/** Inflections of leading ("lead", "leading", "led"); the hand rules alone, without the learned model. */
const matcher = compileTaxonomy(TAXONOMY, STOP_PHRASES);
const hits = (text: string) => matchText(matcher, text, { title: 'Ward Manager' }).filter((h) => !h.negated);
const ids = (text: string) => [...new Set(hits(text).map((h) => h.skillId))];

describe('leading, in its inflections', () => {
  it('reads "led" as "lead" although an audit phrase writes "led"', () => {
    expect(ids('Has led a team through a service move')).toContain('lead-leadership');
  });

  it('reads a team of one kind as a team to lead', () => {
    expect(ids('Keen to lead nursing teams on a surgical ward')).toContain('lead-leadership');
  });

  it('does not read a team led by someone else as leading', () => {
    expect(ids('Comfortable in a nurse-led team')).not.toContain('lead-leadership');
  });

  it('explains a phrase by its own words when they are written in the taxonomy', () => {
    const hit = hits('A patient focused approach').find((h) => h.skillId === 'val-patient-centred');
    expect(hit).toBeDefined();
    expect(hit?.rule).not.toContain('reading');
  });
});
