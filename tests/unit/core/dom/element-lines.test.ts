import { describe, expect, it } from 'vitest';
import { readLines } from '../../../../src/core/dom/element-lines';
import { readElementText } from '../../../../src/core/dom/element-text';
import { parseHtml } from '../../support/parse-html';

const lines = (html: string) => readLines(parseHtml(`<main id="root">${html}</main>`).getElementById('root')!);

describe('readLines', () => {
  it('gives one line per block and per <br>, placed in the element that holds it', () => {
    const found = lines('<p>Essential</p><p>• First thing<br>• Second <em>thing</em></p><div>Loose text</div>');
    expect(found.map((l) => l.text)).toEqual(['Essential', '• First thing', '• Second thing', 'Loose text']);
    for (const line of found) {
      expect(readElementText(line.element).text.slice(line.start, line.start + line.text.length)).toBe(line.text);
    }
    expect(found[2]!.element.tagName).toBe('P');
    expect(found[2]!.start).toBe('• First thing '.length);
  });

  it('reads only the text, placing nothing, when the lines are not to be placed', () => {
    const root = parseHtml('<main id="root"><p>First line<br>Second line</p><p>Third</p></main>').getElementById(
      'root',
    )!;
    const placed = readLines(root);
    const unplaced = readLines(root, undefined, { placed: false });
    expect(unplaced.map((l) => l.text)).toEqual(placed.map((l) => l.text));
    expect(placed[1]!.start).toBe('First line '.length);
    expect(unplaced.map((l) => l.start)).toEqual([0, 0, 0]);
  });

  it('marks headings (h1–h6 or bold throughout) and list items', () => {
    const found = lines(
      '<h3>Skills</h3><p><strong>Experience</strong></p><p><b>Bold</b> and plain</p><ul><li>An item</li></ul>',
    );
    expect(found.map((l) => [l.text, l.heading, l.listItem])).toEqual([
      ['Skills', true, false],
      ['Experience', true, false],
      ['Bold and plain', false, false],
      ['An item', false, true],
    ]);
  });

  it('keeps one blank line for empty paragraphs and skips navigation, scripts and hidden parts', () => {
    const found = lines(
      '<nav>Menu</nav><p>One</p><p>&nbsp;</p><p> </p><p>Two</p><script>x()</script><div hidden>secret</div>',
    );
    expect(found.map((l) => l.text)).toEqual(['One', '', 'Two']);
  });

  it('reads a table as rows of cells, each cell as its own lines', () => {
    const found = lines(
      '<p>Before</p><table><tr><th>Criteria</th><th>Essential</th></tr><tr><td>Degree<br>HCPC</td><td>✓</td></tr></table>',
    );
    expect(found).toHaveLength(3);
    const [, header, row] = found;
    expect(header!.heading).toBe(true);
    expect(row!.table).toBe(header!.table);
    expect(row!.cells!.map((cell) => cell.map((l) => l.text))).toEqual([['Degree', 'HCPC'], ['✓']]);
    expect(row!.cells![0]![1]!.element.tagName).toBe('TD');
  });
});
