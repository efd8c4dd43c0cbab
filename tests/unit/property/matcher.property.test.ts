import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSpec } from '../../../src/core/pipeline/match-spec';
import { matchText } from '../../../src/core/match/match-text';
import { analysedSpecSchema } from '../../../src/core/model/analysed-spec';
import { specOf } from '../support/spec-of';
import { skillHitSchema } from '../../../src/core/model/skill-hit';
import { defaultMatcher } from '../../../src/core/taxonomy/default-matcher';
import { criterionText } from './arbitraries';

const matcher = defaultMatcher();

describe('matcher properties', { timeout: 60_000 }, () => {
  it('never throws, and every hit lies inside the text, names its exact characters and passes the schema', () => {
    let hits = 0;
    fc.assert(
      fc.property(criterionText, (text) => {
        for (const hit of matchText(matcher, text)) {
          hits++;
          expect(skillHitSchema.safeParse(hit).success).toBe(true);
          expect(hit.start).toBeGreaterThanOrEqual(0);
          expect(hit.end).toBeGreaterThan(hit.start);
          expect(hit.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(hit.start, hit.end)).toBe(hit.matchedText);
          expect(matcher.skills.has(hit.skillId)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    // The generator is built from taxonomy phrases, so the properties were checked on real hits.
    expect(hits).toBeGreaterThan(100);
  });

  it('never throws on any string at all, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        for (const hit of matchText(matcher, text)) expect(text.slice(hit.start, hit.end)).toBe(hit.matchedText);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same hits for the same text (no state carried between calls)', () => {
    fc.assert(
      fc.property(criterionText, criterionText, (text, other) => {
        const first = matchText(matcher, text);
        matchText(matcher, other);
        expect(matchText(matcher, text)).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it('finds a phrase again when unrelated text is put before it, at the shifted offset', () => {
    fc.assert(
      fc.property(criterionText, fc.constantFrom('Note. ', 'Candidates: ', '• ', '\u200b'), (text, prefix) => {
        const plain = matchText(matcher, text);
        const shifted = matchText(matcher, `${prefix}\n${text}`);
        // A sentence break before the text cannot take a skill away from it.
        for (const hit of plain) {
          expect(shifted.some((s) => s.skillId === hit.skillId && s.start === hit.start + prefix.length + 1)).toBe(
            true,
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('analyses any specification into one that passes the analysed-spec schema', () => {
    const spec = (texts: string[]) => specOf(texts, { site: 'generic', url: 'https://example.org/advert' });
    fc.assert(
      fc.property(fc.array(criterionText, { maxLength: 8 }), (texts) => {
        const analysed = matchSpec(spec(texts), matcher);
        const parsed = analysedSpecSchema.safeParse(analysed);
        expect(parsed.success, parsed.error?.message).toBe(true);
        expect(analysed.criteria.map((c) => c.text)).toEqual(texts);
      }),
      { numRuns: 150 },
    );
  });
});
