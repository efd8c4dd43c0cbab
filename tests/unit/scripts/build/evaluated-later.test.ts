import { describe, expect, it, vi } from 'vitest';
import { evaluatedLater, wrapInTimer } from '../../../../scripts/build/evaluated-later';

type Chunk = { type: 'chunk'; fileName: string; code: string };
type GenerateBundle = (options: unknown, bundle: Record<string, Chunk | { type: 'asset'; fileName: string }>) => void;

describe('evaluatedLater', () => {
  it('runs none of a script when it is evaluated, and all of it in the next task', () => {
    vi.useFakeTimers();
    try {
      const ran: string[] = [];
      const script = "ran.push('first'); var two = 'second'; ran.push(two); return 'ignored';";
      new Function('ran', wrapInTimer(script))(ran);
      expect(ran).toEqual([]);
      vi.runAllTimers();
      expect(ran).toEqual(['first', 'second']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('wraps only the scripts it is given', () => {
    const bundle = {
      'reader.js': { type: 'chunk' as const, fileName: 'reader.js', code: 'read();' },
      'waker.js': { type: 'chunk' as const, fileName: 'waker.js', code: 'wake();' },
    };
    (evaluatedLater(['reader.js']).generateBundle as unknown as GenerateBundle)({}, bundle);
    expect(bundle['reader.js'].code).toBe(wrapInTimer('read();'));
    expect(bundle['waker.js'].code).toBe('wake();');
  });
});
