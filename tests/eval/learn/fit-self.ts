import type { LinearScorer } from '../../../src/core/model/linear-scorer';
import type { Read } from './examples';
import type { Hyper } from './fit';
import { trainLogistic, type Example } from './logistic';
import type { MaskedRead } from './masked-reads';

/** How unlabelled criteria join the labelled ones (which weigh 1) in each skill's adder. */
export type SelfTraining = {
  reads: readonly MaskedRead[];
  /** The weight of a pseudo positive: a criterion where the rules found the skill, its evidence masked. */
  positiveWeight: number;
  /** The weight of an unlabelled criterion where the rules found nothing of the skill. */
  negativeWeight: number;
  /** A skill with fewer labelled positives than hyper.minPositives gets an adder with this many pseudo ones. */
  minPseudo: number;
  /** At most this many pseudo positives per skill, spread evenly over the corpus. */
  cap: number;
  /** At most this many unlabelled negatives per skill, spread evenly, their weight raised to make up the rest. */
  negatives: number;
  /** The skills whose finds may serve as pseudo positives (the rules precise enough); all when null. */
  sources: ReadonlySet<string> | null;
};

const spread = <T>(items: readonly T[], cap: number): T[] => {
  if (items.length <= cap) return [...items];
  const step = items.length / cap;
  return Array.from({ length: cap }, (_, k) => items[Math.floor(k * step)]!);
};

/** An adder per skill over the labelled criteria and, for the source skills, the unlabelled ones. */
export function fitSelfTrained(
  labelled: readonly Read[],
  self: SelfTraining,
  hyper: Hyper,
  scope: readonly string[],
): Record<string, LinearScorer> {
  const adder: Record<string, LinearScorer> = {};
  for (const id of scope) {
    const positives = labelled.filter((r) => r.gold.has(id)).length;
    const usable = !self.sources || self.sources.has(id);
    const pseudo = usable
      ? spread(
          self.reads.filter((r) => r.masked.has(id)),
          self.cap,
        )
      : [];
    if (positives < hyper.minPositives && pseudo.length < self.minPseudo) continue;
    const examples: Example[] = labelled.map((r) => ({ features: r.words, label: r.gold.has(id) ? 1 : 0 }));
    if (usable) {
      for (const r of pseudo) examples.push({ features: r.masked.get(id)!, label: 1, weight: self.positiveWeight });
      const negatives = self.reads.filter((r) => !r.masked.has(id) && !r.unsure.has(id));
      const sample = spread(negatives, self.negatives);
      const weight = (self.negativeWeight * negatives.length) / Math.max(1, sample.length);
      for (const r of sample) examples.push({ features: r.words, label: 0, weight });
    }
    adder[id] = trainLogistic(examples, hyper.adder);
  }
  return adder;
}
