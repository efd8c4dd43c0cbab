/**
 * Which part of a register a registration the criterion leaves generic means on an advert, by the
 * advert's title: "NMC registration" on a midwife's advert is the midwives' part, on a nursing
 * associate's the associates', on any other advert the nurses' (by far the largest part).
 */
const PARTS: Readonly<Record<string, ReadonlyArray<readonly [RegExp, string]>>> = {
  'reg-nmc': [
    [/\bmidwi(fe|ves|fery)\b/i, 'reg-nmc-midwife'],
    [/\bnurs(e|ing) associates?\b/i, 'reg-nmc-nursing-associate'],
    [/\b(health visit(or|ors|ing)|school nurs(e|es|ing)|SCPHN|public health nurs(e|es|ing))\b/i, 'reg-nmc-scphn'],
    [/\p{L}/u, 'reg-nmc-nurse'],
  ],
};

export function registerOfTitle(skillId: string, title: string): string | null {
  const parts = Object.hasOwn(PARTS, skillId) ? PARTS[skillId]! : [];
  return parts.find(([pattern]) => pattern.test(title))?.[1] ?? null;
}
