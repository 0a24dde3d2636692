import { describe, expect, it } from 'vitest';
import { breachedPasswords } from './breached-passwords.ts';
import { checkNewPassword } from './password-policy.ts';

const who = {
  bhxhCode: '0123456789',
  birthDate: '1988-03-12',
  fullName: 'Nguyễn Thị Thu Hà',
  username: null,
};

describe('new-password policy', () => {
  it('ships at least 10,000 common passwords, loaded lower-cased', () => {
    const list = breachedPasswords();
    expect(list.size).toBeGreaterThanOrEqual(10_000);
    expect(list.has('password')).toBe(true);
    expect([...list].every((p) => p === p.toLowerCase())).toBe(true);
  });

  it('counts characters after NFC and bytes in UTF-8', () => {
    // 11 letters with tones: 11 characters precomposed, more code points decomposed.
    const twelve = 'ướcmơđẹpnhé';
    expect([...twelve].length).toBe(11);
    expect(checkNewPassword(`${twelve}!`, who)).toBeNull();
    expect(checkNewPassword(`${twelve}!`.normalize('NFD'), who)).toBeNull();
    expect(checkNewPassword(twelve.normalize('NFD'), who)).toBe('PASSWORD_TOO_SHORT');
    expect(checkNewPassword('a'.repeat(256), who)).toBeNull();
    expect(checkNewPassword('ệ'.repeat(85), who)).toBeNull(); // 255 bytes
    expect(checkNewPassword('ệ'.repeat(86), who)).toBe('PASSWORD_TOO_LONG');
  });

  it('has no composition rules: a long lower-case phrase is fine', () => {
    expect(checkNewPassword('con mèo đen ngủ trên mái nhà', who)).toBeNull();
  });

  it.each([
    ['12/03/1988', 'ngày sinh 12/03/1988'],
    ['12.3.1988', 'sinh 12.3.1988 đó'],
    ['19880312', 'xyzxyz19880312'],
    ['120388', 'mật khẩu 120388 nè'],
    ['the code', 'mã 0123456789 của tôi'],
    ['the name, no tones', 'nguyenthithuha-vssid'],
  ])('refuses one containing %s', (_what, pw) => {
    expect(checkNewPassword(pw, who)).toBe('PASSWORD_CONTAINS_PERSONAL');
  });

  it('leaves other dates and digits alone', () => {
    expect(checkNewPassword('ngày 02/09/1945 lịch sử', who)).toBeNull();
  });
});
