/**
 * `compute` with its last answers kept: the readers and the matcher ask the same question of one text several
 * times (a word in every criterion, a sentence for its clauses and its section). Up to `limit` answers are kept,
 * then all are forgotten at once: cheaper than an LRU, and a page or an advert repeats a small vocabulary.
 */
export function remembered<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    const seen = known.get(key);
    if (seen !== undefined || known.has(key)) return seen as V;
    if (known.size >= limit) known.clear();
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}

/**
 * `remembered` kept apart for each owner (a vocabulary, a scorer): `compute(owner, key)`'s last answers for
 * that owner, forgotten with it.
 */
export function rememberedPer<O extends object, V>(
  limit: number,
  compute: (owner: O, key: string) => V,
): (owner: O, key: string) => V {
  const byOwner = new WeakMap<O, (key: string) => V>();
  return (owner, key) => {
    let answer = byOwner.get(owner);
    if (!answer) byOwner.set(owner, (answer = remembered(limit, (k) => compute(owner, k))));
    return answer(key);
  };
}
