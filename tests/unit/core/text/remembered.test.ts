import { describe, expect, it } from 'vitest';
import { remembered, rememberedPer } from '../../../../src/core/text/remembered';

describe('remembered', () => {
  it('computes each key once while it is kept, null and undefined answers included', () => {
    const asked: string[] = [];
    const lengthOrNull = remembered(10, (key) => {
      asked.push(key);
      return key === 'none' ? null : key === 'gone' ? undefined : key.length;
    });
    expect([lengthOrNull('abc'), lengthOrNull('abc'), lengthOrNull('none'), lengthOrNull('none')]).toEqual([
      3,
      3,
      null,
      null,
    ]);
    expect([lengthOrNull('gone'), lengthOrNull('gone')]).toEqual([undefined, undefined]);
    expect(asked).toEqual(['abc', 'none', 'gone']);
  });

  it('forgets everything once the limit is reached, and computes again', () => {
    const asked: string[] = [];
    const upper = remembered(2, (key) => (asked.push(key), key.toUpperCase()));
    upper('a');
    upper('b');
    upper('c');
    upper('a');
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('rememberedPer', () => {
  it('keeps each owner’s answers apart, computing each key once per owner', () => {
    const asked: string[] = [];
    const first = { name: 'first' };
    const second = { name: 'second' };
    const named = rememberedPer(
      10,
      (owner: { name: string }, key: string) => (asked.push(`${owner.name}:${key}`), `${owner.name} ${key}`),
    );
    expect([named(first, 'a'), named(second, 'a'), named(first, 'a')]).toEqual(['first a', 'second a', 'first a']);
    expect(asked).toEqual(['first:a', 'second:a']);
  });
});
