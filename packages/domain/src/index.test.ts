import { describe, expect, it } from 'vitest';
import * as domain from './index.ts';

describe('package entry point', () => {
  it('exposes the whole public API', () => {
    // biome-ignore format: a packed list is easier to compare with the brief
    const functions = [
      'validateBhxhCode', 'parseBhytCardNumber', 'formatBhytCardNumber', 'validateCccd',
      'validateCmnd', 'validatePassport', 'validateIdNumber', 'validateVnMobile', 'validateEmail',
      'decodeBhytQr', 'encodeBhytQr', 'decodeCccdQr', 'encodeCccdQr', 'detectQrKind',
      'parseMonthText', 'monthsBetween', 'periodMonths', 'validatePeriod', 'totalParticipation',
      'formatDuration', 'searchKey', 'formatMoney', 'formatMoneyDecimal', 'formatCoefficient',
      'formatDate', 'parseDate', 'formatMonth', 'normalizeName', 'namesMatch', 'ok', 'err',
      'domainMessage',
    ];
    for (const name of functions)
      expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
    expect(domain.BHYT_OBJECT_CODES).toContain('GD');
    expect(Object.keys(domain.CCCD_PROVINCES)).toHaveLength(63);
    expect(domain.DOMAIN_MESSAGES.BHXH_CODE_LENGTH.vi).toBe('Mã số BHXH phải gồm đúng 10 chữ số.');
  });

  it('works end to end: a typed BHXH code and its card agree', () => {
    const code = domain.validateBhxhCode(' 0123456789 ');
    const card = domain.parseBhytCardNumber('GD4010123456789');
    expect(code.ok && card.ok && card.value.bhxhCode === code.value).toBe(true);
  });
});
