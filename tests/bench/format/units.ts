/** Units for the readable tables; `–` for a figure that was not measured. */
const or = <T>(x: T | null | undefined, show: (x: T) => string) => (x === null || x === undefined ? '–' : show(x));

export const ms = (x: number | null | undefined) =>
  or(x, (v) => (v < 1 ? `${(v * 1000).toFixed(0)} µs` : `${v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0)} ms`));
export const kb = (x: number | null | undefined) => or(x, (v) => `${(v / 1024).toFixed(1)} KB`);
export const times = (x: number | null | undefined) => or(x, (v) => `${v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0)}×`);
export const perSecond = (x: number | null | undefined) => or(x, (v) => `${v.toFixed(0)}/s`);
