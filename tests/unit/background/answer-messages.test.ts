import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerMessages } from '../../../src/background/answer-messages';

type Listener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;

function listen(): Listener {
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  answerMessages();
  return vi.mocked(fakeBrowser.runtime.onMessage.addListener).mock.calls.at(-1)![0] as unknown as Listener;
}

beforeEach(() => fakeBrowser.reset());

describe('the background’s message handlers', () => {
  it('answer this extension’s pages and tabs: the skill catalogue, with the user’s own skills', async () => {
    const listener = listen();
    const custom = { id: 'custom-zephyr', label: 'Zephyr rota', variants: [], category: 'it' };
    const reply = (await listener({ type: 'skills', customSkills: [custom] }, { id: fakeBrowser.runtime.id })) as {
      skills: Array<{ id: string }>;
    };
    expect(reply.skills.length).toBeGreaterThan(140);
    expect(reply.skills.map((s) => s.id)).toContain('custom-zephyr');
  });

  it('ignore anything from another extension or a page, and types they do not know', () => {
    const listener = listen();
    expect(listener({ type: 'skills', customSkills: [] }, { id: 'someone-else' })).toBeUndefined();
    expect(listener({ type: 'skills', customSkills: [] }, {})).toBeUndefined();
    expect(listener({ type: 'toString' }, { id: fakeBrowser.runtime.id })).toBeUndefined();
    expect(listener('skills', { id: fakeBrowser.runtime.id })).toBeUndefined();
  });
});
