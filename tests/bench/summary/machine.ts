import { cpus } from 'node:os';

/** Where the figures were measured. */
export type Machine = { cores: number; cpu: string; node: string; chromium: string | null };

export function machine(chromium: string | null): Machine {
  const list = cpus();
  return { cores: list.length, cpu: list[0]?.model.trim() ?? 'unknown', node: process.version, chromium };
}
