import { useState } from 'preact/hooks';

export type OpenSet = { open: ReadonlySet<string>; toggle: (key: string, isOpen: boolean) => void };

/** Which disclosures are open, by key; kept by the report so switching views does not fold them again. */
export function useOpenSet(): OpenSet {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string, isOpen: boolean) =>
    setOpen((now) => {
      if (now.has(key) === isOpen) return now;
      const next = new Set(now);
      if (isOpen) next.add(key);
      else next.delete(key);
      return next;
    });
  return { open, toggle };
}
