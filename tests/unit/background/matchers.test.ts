import { describe, expect, it, vi } from 'vitest';
import { taxonomyFileBytes } from '../../../scripts/build/compiled-taxonomy';

const loadCompiled = vi.hoisted(() => ({ next: undefined as (() => Promise<ArrayBuffer>) | undefined }));
vi.mock('virtual:compiled-taxonomy', () => ({ default: () => loadCompiled.next!() }));

const bytes = taxonomyFileBytes();
const loadBytes = () => Promise.resolve(bytes.slice().buffer as ArrayBuffer);
const { matcherFor } = await import('../../../src/background/matchers');

describe('the background’s taxonomy', () => {
  it('answers that it could not load a damaged file, and reads the file again on the next request', async () => {
    loadCompiled.next = () => loadBytes().then((buffer) => buffer.slice(0, 1000));
    await expect(matcherFor([])).rejects.toThrow(/^Could not load the taxonomy: The taxonomy file cannot be read/);
    loadCompiled.next = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(matcherFor([])).rejects.toThrow('Could not load the taxonomy: Failed to fetch');
    loadCompiled.next = loadBytes;
    const shared = await matcherFor([]);
    expect(shared.skills.size).toBeGreaterThan(140);
  });
});
