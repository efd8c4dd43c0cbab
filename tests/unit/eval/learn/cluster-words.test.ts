import { describe, expect, it } from 'vitest';
import { learnClasses } from '../../../eval/learn/cluster-words';

/** Made-up sentences: colours and animals each fill their own slots, so each should form a class. */
const colours = ['red', 'blue', 'green', 'yellow'];
const animals = ['cat', 'dog', 'horse', 'goat'];
const sentences = [
  ...colours.flatMap((c) => [
    ['paint', 'it', c, 'today'],
    ['a', 'bright', c, 'wall'],
    ['paint', 'the', c, 'door'],
  ]),
  ['an', 'odd', 'goat'],
  ...animals.flatMap((a) => [
    ['feed', 'the', a, 'daily'],
    ['a', 'hungry', a, 'sleeps'],
    ['feed', 'my', a, 'now'],
  ]),
];

describe('word classes learned from unlabelled sentences', () => {
  const classes = learnClasses(sentences, 3, 2);

  it('puts words that share their contexts in one class and the others apart', () => {
    expect(new Set(colours.map((w) => classes.get(w))).size).toBe(1);
    expect(new Set(animals.map((w) => classes.get(w))).size).toBe(1);
    expect(classes.get('red')).not.toBe(classes.get('cat'));
  });

  it('leaves out words seen fewer times than asked', () => {
    expect(classes.has('odd')).toBe(false);
    expect(classes.has('paint')).toBe(true);
  });

  it('gives the same classes on every run', () => {
    expect([...learnClasses(sentences, 3, 2)]).toEqual([...classes]);
  });
});
