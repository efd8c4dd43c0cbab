/**
 * Word classes by distributional similarity: each word seen minCount+ times gets a vector of positive PMI
 * (context counts smoothed to the power 0.75) with the context words within two tokens, projected at random to
 * DIMS dimensions and normalised, and the words are grouped by spherical k-means from a k-means++ start.
 * Seeded, so the same sentences give the same classes.
 */
const WINDOW = 2;
const CONTEXTS = 3000;
const DIMS = 128;
const ITERATIONS = 25;

/** A small seeded generator (mulberry32), so the projection and the k-means start are repeatable. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function learnClasses(corpus: readonly string[][], minCount: number, k: number): Map<string, number> {
  const freq = new Map<string, number>();
  for (const s of corpus) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const vocab = [...freq]
    .filter(([w, n]) => n >= minCount && w !== '#')
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const row = new Map(vocab.map(([w], i) => [w, i]));
  const col = new Map(vocab.slice(0, CONTEXTS).map(([w], i) => [w, i]));
  const co: Array<Map<number, number>> = vocab.map(() => new Map());
  const colTotal = new Float64Array(col.size);
  let total = 0;
  for (const s of corpus)
    for (let i = 0; i < s.length; i++) {
      const r = row.get(s[i]!);
      if (r === undefined) continue;
      for (let j = Math.max(0, i - WINDOW); j <= Math.min(s.length - 1, i + WINDOW); j++) {
        const c = j === i ? undefined : col.get(s[j]!);
        if (c === undefined) continue;
        co[r]!.set(c, (co[r]!.get(c) ?? 0) + 1);
        colTotal[c]! += 1;
        total++;
      }
    }
  const random = seeded(11);
  const gauss = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  const projection = Array.from({ length: col.size }, () => Float64Array.from({ length: DIMS }, gauss));
  const vectors = co.map((m) => {
    const rowTotal = [...m.values()].reduce((a, b) => a + b, 0);
    const v = new Float64Array(DIMS);
    for (const [c, n] of m) {
      const pmi = Math.log((n * total) / (rowTotal * Math.pow(colTotal[c]!, 0.75) * Math.pow(total, 0.25)));
      if (pmi <= 0) continue;
      const p = projection[c]!;
      for (let d = 0; d < DIMS; d++) v[d]! += pmi * p[d]!;
    }
    const norm = Math.hypot(...v) || 1;
    return v.map((x) => x / norm);
  });
  const assign = kMeans(vectors, k, random);
  return new Map(vocab.map(([w], i) => [w, assign[i]!]));
}

const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, x, d) => s + x * b[d]!, 0);

function kMeans(vectors: readonly Float64Array[], k: number, random: () => number): Int32Array {
  const centres: Float64Array[] = [vectors[Math.floor(random() * vectors.length)]!];
  const far = vectors.map((v) => 1 - dot(v, centres[0]!));
  while (centres.length < k) {
    const sum = far.reduce((a, b) => a + b * b, 0);
    let pick = random() * sum;
    let i = 0;
    while (i < vectors.length - 1 && (pick -= far[i]! * far[i]!) > 0) i++;
    centres.push(vectors[i]!);
    vectors.forEach((v, j) => (far[j] = Math.min(far[j]!, 1 - dot(v, vectors[i]!))));
  }
  const assign = new Int32Array(vectors.length);
  for (let it = 0; it < ITERATIONS; it++) {
    vectors.forEach((v, j) => {
      let best = 0;
      let bestDot = -2;
      centres.forEach((c, q) => {
        const d = dot(v, c);
        if (d > bestDot) [best, bestDot] = [q, d];
      });
      assign[j] = best;
    });
    for (let q = 0; q < k; q++) {
      const c = new Float64Array(vectors[0]!.length);
      vectors.forEach((v, j) => {
        if (assign[j] === q) for (let d = 0; d < c.length; d++) c[d]! += v[d]!;
      });
      const norm = Math.hypot(...c);
      if (norm > 0) centres[q] = c.map((x) => x / norm);
    }
  }
  return assign;
}
