import { describe, expect, it } from 'vitest';
import { advertWarnings, daysBetween } from '../../../../src/core/compare/warnings';
import { emptyProfile, type Profile } from '../../../../src/core/model/profile';

const NOW = new Date(2026, 10, 24, 15, 0); // 24 November 2026, afternoon, local time
const withRegistrations = (...expires: Array<string | undefined>): Profile => ({
  ...emptyProfile(NOW),
  registrations: expires.map((e, i) => ({ id: `r${i}`, body: i === 0 ? 'NMC' : 'HCPC', ...(e ? { expires: e } : {}) })),
});

describe('advert warnings', () => {
  it('counts whole calendar days', () => {
    expect(daysBetween(NOW, '2026-11-24')).toBe(0);
    expect(daysBetween(NOW, '2026-11-25')).toBe(1);
    expect(daysBetween(NOW, '2026-11-23')).toBe(-1);
  });

  it('warns when the closing date is within a week or has passed, and not before', () => {
    expect(advertWarnings('2026-11-30', emptyProfile(), NOW)).toEqual([
      { kind: 'closing-soon', closingDate: '2026-11-30', days: 6 },
    ]);
    expect(advertWarnings('2026-11-24', emptyProfile(), NOW)).toEqual([
      { kind: 'closing-soon', closingDate: '2026-11-24', days: 0 },
    ]);
    expect(advertWarnings('2026-11-20', emptyProfile(), NOW)).toEqual([{ kind: 'closed', closingDate: '2026-11-20' }]);
    expect(advertWarnings('2026-12-02', emptyProfile(), NOW)).toEqual([]);
    expect(advertWarnings(null, emptyProfile(), NOW)).toEqual([]);
  });

  it('warns about a registration that expires before the closing date or has expired', () => {
    const warnings = advertWarnings('2027-01-15', withRegistrations('2027-01-10', '2026-10-01'), NOW);
    expect(warnings).toEqual([
      { kind: 'registration-expires', body: 'NMC', expires: '2027-01-10', closingDate: '2027-01-15' },
      { kind: 'registration-expired', body: 'HCPC', expires: '2026-10-01' },
    ]);
    expect(advertWarnings('2027-01-15', withRegistrations('2027-01-15', undefined), NOW)).toEqual([]);
  });
});
