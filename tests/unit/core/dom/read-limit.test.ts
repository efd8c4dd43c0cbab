import { describe, expect, it } from 'vitest';
import { readLines } from '../../../../src/core/dom/element-lines';
import { readElementText } from '../../../../src/core/dom/element-text';
import { SMALL_READ, watchCuts, withReadBudget } from '../../../../src/core/dom/read-limit';
import { textRange } from '../../../../src/content/highlight/text-range';

const element = (html: string) => {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
};

describe('the read limit', () => {
  it('reads an element only so far, as the start of its full text, still placed on the page', () => {
    const root = element('<p>Clinical   audit and</p><p>NMC registration</p>'.repeat(50));
    const full = readElementText(root, Infinity);
    const { value: part, cut } = watchCuts(() => readElementText(root, 100));
    expect(cut).toBe(true);
    expect(part.text.length).toBeGreaterThanOrEqual(100);
    expect(part.text.length).toBeLessThan(110);
    expect(full.text.startsWith(part.text)).toBe(true);
    const at = part.text.lastIndexOf('NMC registration');
    expect(textRange(document, part, at, at + 16)?.toString()).toBe('NMC registration');
  });

  it('does not report a cut when the whole text fits', () => {
    const root = element('<p>Clinical audit</p>');
    const { value, cut } = watchCuts(() => readElementText(root, 100));
    expect(value.text).toBe('Clinical audit');
    expect(cut).toBe(false);
  });

  it('reads lines only so far, cutting one enormous line to what is left', () => {
    const root = element(
      `<p>Essential</p><ul>${'<li>Clinical audit experience</li>'.repeat(100)}</ul><p>${'word '.repeat(10_000)}</p>`,
    );
    const { value: lines, cut } = watchCuts(() => readLines(root, 500));
    expect(cut).toBe(true);
    expect(lines.reduce((n, l) => n + l.text.length, 0)).toBeLessThanOrEqual(500);
    expect(lines[0]!.text).toBe('Essential');

    const huge = element(`<p>${'word '.repeat(10_000)}</p>`);
    const [line] = readLines(huge, 500);
    expect(line!.text.length).toBe(500);
    expect(line!.start).toBe(0);
  });

  it('shares a budget across the reads of one analysis; past it each read still gets a short text whole', () => {
    const root = element(`<p>${'word '.repeat(400)}</p><h1 id="title">Staff Nurse</h1>`);
    const long = [...root.querySelectorAll('p')];
    const title = root.querySelector('#title')!;
    const { value, cut } = watchCuts(() =>
      withReadBudget({ chars: 1_000 }, () => ({
        first: readElementText(long[0]!).text,
        title: readElementText(title).text,
      })),
    );
    expect(value.first.length).toBeLessThanOrEqual(1_000);
    expect(value.title).toBe('Staff Nurse');
    expect(cut).toBe(true);

    const many = element('<li>Clinical audit experience and more words here</li>'.repeat(100));
    const texts = withReadBudget({ chars: 500 }, () => [...many.children].map((li) => readElementText(li).text));
    expect(texts.every((t) => t.length <= SMALL_READ)).toBe(true);
    // Outside an analysis nothing is shared: the same read is whole again.
    expect(readElementText(long[0]!).text.length).toBe('word '.repeat(400).trim().length);
  });
});
