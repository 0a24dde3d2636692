import { describe, expect, it } from 'vitest';
import { CCCD_PROVINCES, isCccdProvinceCode } from './provinces.ts';

describe('CCCD province codes', () => {
  it('has the 63 pre-2025 provinces, 001 to 096', () => {
    const codes = Object.keys(CCCD_PROVINCES);
    expect(codes).toHaveLength(63);
    for (const code of codes) expect(code).toMatch(/^0\d\d$/);
    expect(codes.every((c) => Number(c) >= 1 && Number(c) <= 96)).toBe(true);
    expect(new Set(Object.values(CCCD_PROVINCES)).size).toBe(63);
  });

  it('names the well-known ones and refuses the gaps', () => {
    expect(CCCD_PROVINCES['001']).toBe('Hà Nội');
    expect(CCCD_PROVINCES['031']).toBe('Hải Phòng');
    expect(CCCD_PROVINCES['079']).toBe('Thành phố Hồ Chí Minh');
    expect(isCccdProvinceCode('096')).toBe(true);
    for (const gap of ['000', '003', '005', '028', '097', '099', '1', '01', 'toString']) {
      expect(isCccdProvinceCode(gap)).toBe(false);
    }
  });
});
