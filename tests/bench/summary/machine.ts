import { cpus, loadavg } from 'node:os';

/**
 * Where the figures were measured, and how busy the machine was (1, 5 and 15 minute load averages
 * before and after the run): on a shared machine the timings move with it.
 */
export type Machine = {
  cores: number;
  cpu: string;
  node: string;
  chromium: string | null;
  loadBefore: number[];
  loadAfter: number[];
};

export function machine(chromium: string | null, loadBefore: number[]): Machine {
  const list = cpus();
  return {
    cores: list.length,
    cpu: list[0]?.model.trim() ?? 'unknown',
    node: process.version,
    chromium,
    loadBefore,
    loadAfter: loadavg(),
  };
}
