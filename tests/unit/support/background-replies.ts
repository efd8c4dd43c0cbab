import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import { matchKeptAdvert } from '../../../src/background/match-kept-advert';
import { reviewExamples } from '../../../src/background/review-evidence';
import { skillCatalogue } from '../../../src/background/skill-catalogue';

/**
 * Pages' requests answered by the background's own handlers, as the extension would: for page tests
 * that need reviews, kept adverts matched, or the skill catalogue.
 */
export function answerLikeTheBackground() {
  const handlers: Record<string, (message: unknown) => unknown> = {
    review: reviewExamples,
    match: matchKeptAdvert,
    skills: skillCatalogue,
  };
  return vi
    .spyOn(browser.runtime, 'sendMessage')
    .mockImplementation(async (message: unknown) => handlers[(message as { type: string }).type]?.(message));
}
