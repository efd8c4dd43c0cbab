import { describe, expect, it } from 'vitest';
import { readDescription } from '../../../../src/core/pipeline/read-description';
import { buildAdvert } from '../../../fixtures/nhs-jobs/build-advert';
import { parseHtml } from '../../support/parse-html';

describe("the advert's text kept with its history entry", () => {
  it('reads the main content as lines, without the navigation or a second copy of the same text', () => {
    const html = buildAdvert({
      title: 'Ward Sister',
      description: 'Lead a 28-bed acute medical ward and its team of forty nurses and healthcare assistants.',
      categories: [{ label: 'Experience', essential: ['Experience of clinical audit'], desirable: [] }],
    }).replace('<main', '<nav>Home · Search jobs · Sign in</nav><main');
    const text = readDescription(parseHtml(html));
    expect(text).toContain('Ward Sister');
    expect(text).toContain('Experience of clinical audit');
    expect(text).not.toContain('Sign in');
    // The page holds the description twice (desktop and mobile): it is kept once.
    expect(text.split('Lead a 28-bed acute medical ward').length - 1).toBe(1);
    expect(text).not.toMatch(/\n\n\n/);
  });

  it('is cut to its limit', () => {
    const long = `<main><p>${'word '.repeat(3_000)}</p><p>${'more '.repeat(3_000)}</p></main>`;
    expect(readDescription(parseHtml(long), 1_000)).toHaveLength(1_000);
    expect(readDescription(parseHtml('<main></main>'))).toBe('');
  });
});
