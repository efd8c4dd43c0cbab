/**
 * npx tsx tests/eval/learn/word-classes.ts [minCount] [classes] : word classes learned from the corpus's
 * unlabelled criteria (unlabelled.ts), for the adder's class features (class-variants.ts). Each word seen
 * minCount+ times (as the features name it, featureWord) gets a vector of positive PMI with the context words
 * within two tokens; the vectors are projected at random to DIMS dimensions, normalised, and grouped by
 * spherical k-means (k-means++ start). A fixed seed: the same corpus gives the same classes.
 * Writes the word → class map to /tmp/wt-clus-classes-<minCount>-<classes>.json (not shipped: see variants.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { featureWord } from '../../../src/core/match/learned/features';
import { tokenise } from '../../../src/core/text/tokenise';
import { unlabelledTexts } from './unlabelled';
import { learnerInputs } from './learner-inputs';
import { learnClasses } from './cluster-words';

const CACHE = '/tmp/wt-clus-unlabelled-words.json';

async function sentences(): Promise<string[][]> {
  if (existsSync(CACHE)) return JSON.parse(readFileSync(CACHE, 'utf8')) as string[][];
  const { trainTexts, validationTexts } = await learnerInputs();
  const texts = await unlabelledTexts([...trainTexts, ...validationTexts].map((t) => t.text));
  const words = texts.map((t) => tokenise(t.text).map(featureWord));
  writeFileSync(CACHE, JSON.stringify(words));
  return words;
}

if (process.argv[1]?.endsWith('word-classes.ts')) {
  const minCount = Number(process.argv[2] ?? 20);
  const k = Number(process.argv[3] ?? 200);
  const corpus = await sentences();
  const t0 = Date.now();
  const classes = learnClasses(corpus, minCount, k);
  const out = `/tmp/wt-clus-classes-${minCount}-${k}.json`;
  writeFileSync(out, JSON.stringify(Object.fromEntries(classes)));
  console.log(`${corpus.length} criteria, ${classes.size} words in ${k} classes, ${Date.now() - t0} ms → ${out}`);
}
