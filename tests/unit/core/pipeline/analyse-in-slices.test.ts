import { describe, expect, it } from 'vitest';
import { analysePageInSlices } from '../../../../src/core/pipeline/analyse-in-slices';
import { analysePage } from '../../../../src/core/pipeline/analyse-page';
import { slicer } from '../../../../src/core/pipeline/slices';
import { compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { TAXONOMY } from '../../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../../src/core/taxonomy/stop-phrases';
import { PROFESSIONS } from '../../../fixtures/criteria';
import { buildAdvert } from '../../../fixtures/nhs-jobs/build-advert';
import { parseHtml } from '../../support/parse-html';

const URL_ = new URL('https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0700');
const texts = PROFESSIONS.flatMap((p) => p.criteria.map(([text]) => text)).slice(0, 120);
const page = () =>
  parseHtml(
    buildAdvert({
      categories: [
        { label: 'Skills', essential: texts.slice(0, 80), desirable: texts.slice(80) },
        { label: null, essential: ['RGN'], desirable: [] },
      ],
    }),
  );

describe('analysing a page in slices', () => {
  it('gives the same analysis as analysePage, with a fresh matcher indexed and compiled a slice at a time', async () => {
    const expected = analysePage(page(), URL_, compileTaxonomy(TAXONOMY, STOP_PHRASES));
    let pauses = 0;
    // A slice of no time at all: every step that can stop does, and resumes where it stopped.
    const slices = slicer(async () => void pauses++, 0);
    const actual = await analysePageInSlices(
      page(),
      URL_,
      compileTaxonomy(TAXONOMY, STOP_PHRASES, { lazy: true }),
      slices,
    );
    expect(JSON.stringify(actual.analysed)).toBe(JSON.stringify(expected.analysed));
    expect([...actual.anchors.keys()]).toEqual([...expected.anchors.keys()]);
    expect(pauses).toBeGreaterThan(texts.length);
  });

  it('gives the page back between slices', async () => {
    const order: string[] = [];
    const slices = slicer(async () => void order.push('page'), 0);
    const done = analysePageInSlices(
      page(),
      URL_,
      compileTaxonomy(TAXONOMY, STOP_PHRASES, { lazy: true }),
      slices,
    ).then(() => order.push('done'));
    order.push('started');
    await done;
    expect(order.indexOf('started')).toBeLessThan(5);
    expect(order.filter((o) => o === 'page').length).toBeGreaterThan(10);
    expect(order.at(-1)).toBe('done');
  });
});
