import { describe, expect, it } from 'vitest';
import { readLines } from '../../../../src/core/dom/element-lines';
import { readElementText } from '../../../../src/core/dom/element-text';
import { readBudget, SMALL_READ } from '../../../../src/core/dom/read-budget';
import { textRange } from '../../../../src/content/highlight/text-range';

const element = (html: string) => {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
};

describe('the read budget', () => {
  it('reads an element only so far, as the start of its full text, still placed on the page', () => {
    const root = element('<p>Clinical   audit and</p><p>NMC registration</p>'.repeat(50));
    const full = readElementText(root, readBudget({ limit: Infinity }));
    const budget = readBudget({ limit: 100 });
    const part = readElementText(root, budget);
    expect(budget.cut).toBe(true);
    expect(part.text.length).toBeGreaterThanOrEqual(100);
    expect(part.text.length).toBeLessThan(110);
    expect(full.text.startsWith(part.text)).toBe(true);
    const at = part.text.lastIndexOf('NMC registration');
    expect(textRange(document, part, at, at + 16)?.toString()).toBe('NMC registration');
  });

  it('does not report a cut when the whole text fits', () => {
    const budget = readBudget({ limit: 100 });
    expect(readElementText(element('<p>Clinical audit</p>'), budget).text).toBe('Clinical audit');
    expect(budget.cut).toBe(false);
  });

  it('reads lines only so far, cutting one enormous line to what is left', () => {
    const root = element(
      `<p>Essential</p><ul>${'<li>Clinical audit experience</li>'.repeat(100)}</ul><p>${'word '.repeat(10_000)}</p>`,
    );
    const budget = readBudget({ limit: 500 });
    const lines = readLines(root, budget);
    expect(budget.cut).toBe(true);
    expect(lines.reduce((n, l) => n + l.text.length, 0)).toBeLessThanOrEqual(500);
    expect(lines[0]!.text).toBe('Essential');

    const [line] = readLines(element(`<p>${'word '.repeat(10_000)}</p>`), readBudget({ limit: 500 }));
    expect(line!.text.length).toBe(500);
    expect(line!.start).toBe(0);
  });

  it('is shared by the reads it is given; past it each read still gets a short text whole', () => {
    const root = element(`<p>${'word '.repeat(400)}</p><h1 id="title">Staff Nurse</h1>`);
    const long = root.querySelector('p')!;
    const budget = readBudget({ chars: 1_000 });
    const first = readElementText(long, budget).text;
    const title = readElementText(root.querySelector('#title')!, budget).text;
    expect(first.length).toBeLessThanOrEqual(1_000);
    expect(title).toBe('Staff Nurse');
    expect(budget.cut).toBe(true);

    const many = element('<li>Clinical audit experience and more words here</li>'.repeat(100));
    const shared = readBudget({ chars: 500 });
    const texts = [...many.children].map((li) => readElementText(li, shared).text);
    expect(texts.every((t) => t.length <= SMALL_READ)).toBe(true);
    // A read given no budget shares nothing: the same read is whole again.
    expect(readElementText(long).text.length).toBe('word '.repeat(400).trim().length);
  });
});
