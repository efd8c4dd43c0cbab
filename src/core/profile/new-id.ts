/** A short random id for an entry of the profile ("note-k3f9x2ab"): unique enough for one person's data. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `${prefix}-${[...bytes]
    .map((b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 10)}`;
}
