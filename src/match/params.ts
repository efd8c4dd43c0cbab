import type { HitParams } from '../spec/skill-hit';
import type { TokenScopes } from './clauses';
import type { Token } from './tokenise';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, eighteen: 18, twenty: 20, twentyfour: 24,
};
const UNIT_MONTHS: Record<string, number> = { year: 12, yr: 12, month: 1, week: 0.25 };
const LEVEL_WINDOW = 3;

const numberValue = (norm: string): number | undefined =>
  /^\d+(\.\d+)?$/.test(norm) ? Number(norm) : NUMBER_WORDS[norm];

/**
 * Parameters of a hit read from its clause: "level N" bound to the nearest skill phrase, and for
 * experience anchors the band ("at band 6") and the duration ("18 months", "two years'").
 */
export function paramsFinder(tokens: readonly Token[], scopes: TokenScopes) {
  const levels: Array<{ at: number; value: string }> = [];
  const bands: Array<{ at: number; value: string }> = [];
  const durations: Array<{ at: number; months: number }> = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i]!.norm;
    const next = tokens[i + 1]!.norm;
    if (word === 'level' && /^\d+$/.test(next)) levels.push({ at: i, value: next });
    if (word === 'band' && /^\d[a-d]?$/.test(next)) bands.push({ at: i, value: next });
    const amount = numberValue(word);
    const unit = UNIT_MONTHS[next];
    if (amount !== undefined && unit !== undefined) durations.push({ at: i, months: amount * unit });
  }

  return (start: number, end: number, isExperience: boolean): HitParams | undefined => {
    const clause = scopes.clause[start];
    const params: HitParams = {};
    const level = nearest(levels, start, end, LEVEL_WINDOW, (at) => scopes.clause[at] === clause);
    if (level) params.level = level.value;
    if (isExperience) {
      const band = bands.find((b) => scopes.clause[b.at] === clause);
      if (band) params.band = band.value;
      const duration = durations.find((d) => scopes.clause[d.at] === clause);
      if (duration) params.durationMonths = duration.months;
    }
    return Object.keys(params).length > 0 ? params : undefined;
  };
}

function nearest<T extends { at: number }>(
  items: readonly T[],
  start: number,
  end: number,
  window: number,
  inScope: (at: number) => boolean,
): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    if (!inScope(item.at)) continue;
    const distance = item.at >= end ? item.at - end : item.at < start ? start - (item.at + 2) : 0;
    if (distance <= window && distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}
