/** A titled table of rows, each column padded to its widest cell, as the matcher bench prints. */
export function table(title: string, rows: ReadonlyArray<readonly string[]>): string {
  const widths = rows.reduce<number[]>((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
  const line = (row: readonly string[]) =>
    `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd();
  return [title, ...rows.map(line)].join('\n');
}
