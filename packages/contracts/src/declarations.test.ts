import { describe, expect, it } from 'vitest';
import { declarationReceiveSchema, normalizeApplicationNumber } from './declarations.ts';

describe('normalizeApplicationNumber', () => {
  it('reads the number as the QR code holds it and as a person types it', () => {
    for (const v of [
      'DK-2026-000123',
      'dk-2026-123',
      ' DK 2026 000123 ',
      'DK2026000123',
      '2026-123',
    ])
      expect(normalizeApplicationNumber(v), v).toBe('DK-2026-000123');
  });
  it('refuses what is not an application number', () => {
    for (const v of ['', 'DK-26-1', 'DK-2026-1234567', 'https://vssid.vn/DK-2026-000123', 'SV001'])
      expect(normalizeApplicationNumber(v), v).toBeNull();
  });
  it('gives the form the Vietnamese message codes', () => {
    const empty = declarationReceiveSchema.safeParse({ applicationNumber: '  ' });
    expect(empty.error?.issues[0]?.message).toBe('DECLARATION_NUMBER_REQUIRED');
    const bad = declarationReceiveSchema.safeParse({ applicationNumber: 'abc' });
    expect(bad.error?.issues[0]?.message).toBe('DECLARATION_NUMBER_INVALID');
    expect(declarationReceiveSchema.parse({ applicationNumber: 'dk-2026-7' })).toEqual({
      applicationNumber: 'DK-2026-000007',
    });
  });
});
