import type { Registration } from '../model/profile';
import { REGISTERS, type RegisterPart } from './registers';

export type RegisterChoice = { skillId: string; label: string };

/** What a registration counts as, read from the body the user typed. */
export type RegistrationInference =
  /** The body decides it: "HCPC", "RMN", "NMC midwife". */
  | { kind: 'known'; skillId: string }
  /** The register holds several professions ("NMC"): the user chooses; until then it counts as `fallback`. */
  | { kind: 'choose'; register: string; choices: RegisterChoice[]; fallback: string }
  /** Not a register this version knows: it counts for nothing unless the user says what it is. */
  | { kind: 'unknown' };

/** "NMC (Adult)" → " nmc adult ": lower case words between spaces, for whole-word look-ups. */
export function registerWords(body: string): string {
  const words = body
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ` ${words} `;
}

const names = (words: string, list: readonly string[]) => list.some((name) => words.includes(` ${name} `));
const FULL_NAMES = REGISTERS.flatMap((r) => r.names).filter((name) => name.split(' ').length >= 3);
const choice = ({ skillId, label }: RegisterPart): RegisterChoice => ({ skillId, label });

/**
 * What a registration with this body counts as. A profession named outright ("RMN", "midwife") decides
 * it; then the first register named: one that holds a single profession decides it, one that holds
 * several asks which (words beside its name, such as "GMC provisional", may still decide).
 */
export function inferRegistration(body: string): RegistrationInference {
  const words = registerWords(body);
  if (words.trim() === '') return { kind: 'unknown' };

  // "Nursing and Midwifery Council" names a register, not a midwife.
  const professionWords = FULL_NAMES.reduce((rest, name) => rest.replaceAll(` ${name} `, ' '), words);
  const named = new Map<string, RegisterPart>();
  for (const register of REGISTERS) {
    for (const part of register.parts ?? []) if (names(professionWords, part.names)) named.set(part.skillId, part);
  }
  if (named.size === 1) return { kind: 'known', skillId: [...named.keys()][0]! };

  for (const register of REGISTERS) {
    const among = named.size > 1 ? (register.parts ?? []).filter((p) => named.has(p.skillId)) : [];
    if (among.length > 1) {
      return { kind: 'choose', register: register.name, choices: among.map(choice), fallback: register.fallback! };
    }
    if (!names(words, register.names)) continue;
    if (register.skillId) return { kind: 'known', skillId: register.skillId };
    const qualified = Object.entries(register.qualifiers ?? {}).find(([, list]) => names(words, list));
    if (qualified) return { kind: 'known', skillId: qualified[0] };
    return {
      kind: 'choose',
      register: register.name,
      choices: (register.parts ?? []).map(choice),
      fallback: register.fallback!,
    };
  }
  return { kind: 'unknown' };
}

/**
 * The skill a stored registration counts as: the one the user chose, else what its body says, else
 * (a register of several professions, not yet chosen) only what all of them share. Undefined: nothing.
 */
export function registrationCountsAs(registration: Pick<Registration, 'body' | 'skillId'>): string | undefined {
  if (registration.skillId) return registration.skillId;
  const inferred = inferRegistration(registration.body);
  if (inferred.kind === 'known') return inferred.skillId;
  if (inferred.kind === 'choose') return inferred.fallback;
  return undefined;
}

/** How a stored registration stands: chosen, read from its body, waiting for a choice, or counting for nothing. */
export type RegistrationStanding =
  | { kind: 'chosen' | 'inferred'; skillId: string }
  | { kind: 'needs-choice'; skillId: string; register: string }
  | { kind: 'nothing' };

export function registrationStanding(registration: Pick<Registration, 'body' | 'skillId'>): RegistrationStanding {
  if (registration.skillId) return { kind: 'chosen', skillId: registration.skillId };
  const inferred = inferRegistration(registration.body);
  if (inferred.kind === 'known') return { kind: 'inferred', skillId: inferred.skillId };
  if (inferred.kind === 'choose')
    return { kind: 'needs-choice', skillId: inferred.fallback, register: inferred.register };
  return { kind: 'nothing' };
}
