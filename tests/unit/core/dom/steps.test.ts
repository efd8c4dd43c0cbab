import { describe, expect, it } from 'vitest';
import { already, finish, type Steps } from '../../../../src/core/dom/steps';

function* counted(log: string[], n: number): Steps<number> {
  for (let i = 0; i < n; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return n * 10;
}

describe('steps', () => {
  it('finish runs every step in order and returns the result', () => {
    const log: string[] = [];
    expect(finish(counted(log, 3))).toBe(30);
    expect(log).toEqual(['step 0', 'step 1', 'step 2']);
  });

  it('already is a result with no steps to take', () => {
    const steps = already('done');
    expect(steps.next()).toEqual({ done: true, value: 'done' });
  });
});
