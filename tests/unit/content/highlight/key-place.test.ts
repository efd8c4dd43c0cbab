import { describe, expect, it } from 'vitest';
import { keyPlace } from '../../../../src/content/highlight/key-place';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};

describe('where the key is docked', () => {
  it('above the headings that introduce the person specification’s first list', () => {
    const doc = page(`<p>Duties</p><h2>Person Specification</h2><h3>Qualifications</h3><h4>Essential</h4>
      <ul><li id="c1">NMC registration</li></ul>`);
    expect(keyPlace(doc, new Map([['c1', [doc.getElementById('c1')!]]]))?.textContent).toBe('Person Specification');
  });

  it('above a closed <details> that holds the criteria, where it can be seen', () => {
    const doc = page('<details><summary>Job description</summary><ul><li id="c1">Audit</li></ul></details>');
    expect(keyPlace(doc, new Map([['c1', [doc.getElementById('c1')!]]]))?.tagName).toBe('DETAILS');
  });

  it('above the link to the document the criteria were read from, when none is on the page', () => {
    const doc = page('<h2>Supporting documents</h2><ul><li><a href="https://x.nhs.uk/jd.pdf">JD</a></li></ul>');
    expect(keyPlace(doc, new Map(), ['https://x.nhs.uk/jd.pdf'])?.tagName).toBe('H2');
    expect(keyPlace(doc, new Map(), ['https://x.nhs.uk/other.pdf'])).toBeNull();
  });
});
