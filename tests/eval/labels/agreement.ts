import type { StoredAdvert, StoredCriterion } from './label-file';

export type Agreement = {
  adverts: number;
  /** Criteria of each pass, and how many pair up (their line ranges overlap). */
  first: number;
  second: number;
  paired: number;
  boundaryF1: number;
  /** Of the paired criteria: same level, and same category. */
  levelAgreement: number;
  categoryAgreement: number;
  /** Skills over the paired criteria, the first pass as reference. */
  skills: { tp: number; fp: number; fn: number; f1: number };
  /** Skill ids the passes disagreed on most ("first → second"). */
  disagreements: Array<[string, number]>;
};

const overlaps = (a: StoredCriterion, b: StoredCriterion) => {
  if (a.lines[1] < b.lines[0] || b.lines[1] < a.lines[0]) return false;
  if (a.lines[0] !== a.lines[1] || b.lines[0] !== b.lines[1] || a.lines[0] !== b.lines[0]) return true;
  const [as, ae] = a.chars ?? [0, Infinity];
  const [bs, be] = b.chars ?? [0, Infinity];
  return as < be && bs < ae;
};

/** How far two labellings of the same adverts agree; only adverts labelled by both count. */
export function agreement(
  first: readonly StoredAdvert[],
  second: readonly StoredAdvert[],
  _adverts?: unknown,
): Agreement {
  const byId = new Map(first.map((a) => [a.advert, a]));
  let adverts = 0,
    nFirst = 0,
    nSecond = 0,
    paired = 0,
    sameLevel = 0,
    sameCategory = 0,
    tp = 0,
    fp = 0,
    fn = 0;
  const disagreements = new Map<string, number>();
  const note = (key: string) => disagreements.set(key, (disagreements.get(key) ?? 0) + 1);
  for (const b of second) {
    const a = byId.get(b.advert);
    if (!a) continue;
    adverts++;
    nFirst += a.criteria.length;
    nSecond += b.criteria.length;
    const used = new Set<number>();
    for (const ca of a.criteria) {
      const j = b.criteria.findIndex((cb, k) => !used.has(k) && overlaps(ca, cb));
      if (j < 0) continue;
      used.add(j);
      const cb = b.criteria[j]!;
      paired++;
      if (ca.level === cb.level) sameLevel++;
      if ((ca.category ?? '').toLowerCase() === (cb.category ?? '').toLowerCase()) sameCategory++;
      const sa = new Set(ca.skills);
      const sb = new Set(cb.skills);
      for (const id of sa) {
        if (sb.has(id)) tp++;
        else {
          fn++;
          note(`${id} → —`);
        }
      }
      for (const id of sb) {
        if (!sa.has(id)) {
          fp++;
          note(`— → ${id}`);
        }
      }
    }
  }
  const f1 = (p: number, a: number, b: number) => (a + b === 0 ? 1 : (2 * p) / (a + b));
  return {
    adverts,
    first: nFirst,
    second: nSecond,
    paired,
    boundaryF1: f1(paired, nFirst, nSecond),
    levelAgreement: paired ? sameLevel / paired : 1,
    categoryAgreement: paired ? sameCategory / paired : 1,
    skills: { tp, fp, fn, f1: f1(tp, tp + fn, tp + fp) },
    disagreements: [...disagreements].sort((x, y) => y[1] - x[1]).slice(0, 15),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function formatAgreement(a: Agreement): string {
  return [
    `${a.adverts} adverts labelled twice: ${a.first} criteria in the first pass, ${a.second} in the second, ${a.paired} paired`,
    `criteria boundaries F1 ${pct(a.boundaryF1)} · level ${pct(a.levelAgreement)} · category ${pct(a.categoryAgreement)}`,
    `skills F1 ${pct(a.skills.f1)} (${a.skills.tp} agreed, ${a.skills.fn} only first, ${a.skills.fp} only second)`,
    'most frequent disagreements:',
    ...a.disagreements.map(([k, n]) => `  ${String(n).padStart(3)}  ${k}`),
  ].join('\n');
}
