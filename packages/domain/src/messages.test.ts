import { describe, expect, it } from 'vitest';
import { DOMAIN_ERROR_CODES, DOMAIN_MESSAGES, domainMessage } from './messages.ts';

describe('DOMAIN_MESSAGES', () => {
  it('has exactly one entry per error code', () => {
    expect(DOMAIN_ERROR_CODES.length).toBeGreaterThanOrEqual(72);
    expect(Object.keys(DOMAIN_MESSAGES).sort()).toStrictEqual([...DOMAIN_ERROR_CODES].sort());
  });

  it.each(DOMAIN_ERROR_CODES)('%s has a Vietnamese and an English sentence', (code) => {
    expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/);
    const { vi, en } = DOMAIN_MESSAGES[code];
    for (const text of [vi, en]) {
      expect(text).toMatch(/^\S/);
      expect(text).toMatch(/[.!]$/);
      expect(text).not.toContain(code);
    }
    expect(vi).not.toBe(en);
    expect(domainMessage(code, 'vi')).toBe(vi);
    expect(domainMessage(code, 'en')).toBe(en);
  });

  it('writes Vietnamese with its diacritics', () => {
    const accented = DOMAIN_ERROR_CODES.filter((c) =>
      /[ăâđêôơưàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹ]/i.test(DOMAIN_MESSAGES[c].vi),
    );
    expect(accented).toStrictEqual(DOMAIN_ERROR_CODES);
    expect(DOMAIN_MESSAGES.BHXH_CODE_LENGTH.vi).toBe('Mã số BHXH phải gồm đúng 10 chữ số.');
  });
});
