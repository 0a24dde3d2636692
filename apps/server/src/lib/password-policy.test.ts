import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../db/seed/demo.ts';
import { breachedPasswords } from './breached-passwords.ts';
import { checkNewPassword, PASSWORD_MIN_CHARS, passwordTooLong } from './password-policy.ts';

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
    // At the byte cap the length rule passes (the strength rule then refuses these repeats).
    expect(checkNewPassword('a'.repeat(256), who)).toBe('PASSWORD_TOO_GUESSABLE');
    expect(checkNewPassword('ệ'.repeat(85), who)).toBe('PASSWORD_TOO_GUESSABLE'); // 255 bytes
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

describe('strength (zxcvbn with Vietnamese dictionaries, score 4)', () => {
  const trang = {
    bhxhCode: '0100000042',
    birthDate: '2005-07-21',
    fullName: 'Hoàng Thu Trang',
    username: null,
  };
  it.each([
    // Repeats, sequences, keyboard walks: patterns.
    ['aaaaaaaaaaaa', 'PASSWORD_TOO_GUESSABLE'],
    ['123123123123', 'PASSWORD_TOO_GUESSABLE'],
    ['abcdefghijklmn', 'PASSWORD_TOO_GUESSABLE'],
    ['zzzzzzzzzzzz1', 'PASSWORD_TOO_GUESSABLE'],
    ['1qaz2wsx3edc4rfv', 'PASSWORD_BREACHED'],
    ['zxcvbnmasdfgh', 'PASSWORD_TOO_COMMON'],
    // Common words, Vietnamese phrases, the service's own words, names and years.
    ['password123456', 'PASSWORD_TOO_COMMON'],
    ['matkhau123456', 'PASSWORD_TOO_COMMON'],
    ['Mật khẩu 123456', 'PASSWORD_TOO_COMMON'],
    ['bhxh12345678', 'PASSWORD_TOO_COMMON'],
    ['Baohiemxahoi2026', 'PASSWORD_TOO_COMMON'],
    ['vssid-demo-2026', 'PASSWORD_TOO_COMMON'],
    ['anhyeuem12345', 'PASSWORD_TOO_COMMON'],
    ['yeuemnhieulam!', 'PASSWORD_TOO_COMMON'],
    ['nguyenvanan1990', 'PASSWORD_TOO_COMMON'],
    ['tranthimai1985', 'PASSWORD_TOO_COMMON'],
    ['lethihong1975', 'PASSWORD_TOO_COMMON'],
    // The person's own name and birth year (the name rule needs the whole name; this is zxcvbn).
    ['hoangthutrang2005', 'PASSWORD_CONTAINS_PERSONAL'],
    ['thutrang2005!!', 'PASSWORD_CONTAINS_PERSONAL'],
  ])('refuses %s', (pw, code) => {
    expect(checkNewPassword(pw, trang)).toBe(code);
  });

  it.each([
    'con mèo đen ngủ trên mái nhà',
    'hoa sữa nở cuối thu',
    'Trăng rằm tháng tám sáng tỏ',
    'Sông Hồng chảy qua cầu Long Biên',
    'cơm tấm sườn bì chả 7 giờ',
    'correct horse battery staple',
    'ướcmơđẹpnhé!',
  ])('accepts the passphrase %s', (pw) => {
    expect(checkNewPassword(pw, trang)).toBeNull();
    expect(checkNewPassword(pw, who)).toBeNull();
  });

  it('the README’s demo password passes for the demo people', () => {
    for (const person of [
      { ...who, fullName: DEMO.citizen.fullName, bhxhCode: DEMO.citizen.bhxhCode },
      ...Object.values(DEMO.officers).map((username) => ({ username })),
    ])
      expect(checkNewPassword(DEMO.password, person)).toBeNull();
  });

  it('refuses any password that contains the person’s BHXH code', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 20 });
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), text, text, (code, before, after) => {
        const pw = `${before}${code}${after}`;
        const r = checkNewPassword(pw, { bhxhCode: code });
        // Only the length rules come first; any other verdict must be the personal one. Length
        // counts characters after NFC, as the policy does ("A" + combining grave is one "À").
        if (passwordTooLong(pw)) return r === 'PASSWORD_TOO_LONG';
        if ([...pw.normalize('NFC')].length < PASSWORD_MIN_CHARS) return r === 'PASSWORD_TOO_SHORT';
        return r === 'PASSWORD_CONTAINS_PERSONAL';
      }),
      { numRuns: 200 },
    );
  });

  it('estimates only the first 64 characters (zxcvbn’s cost grows with length)', () => {
    // A strong start is enough whatever follows; a weak start is refused whatever follows.
    const strong = 'Sóng vỗ bờ cát trắng, gió thổi qua hàng dừa xanh mát bên bến cũ nhé';
    expect([...strong].length).toBeGreaterThanOrEqual(64);
    expect(checkNewPassword(`${strong}${'a'.repeat(150)}`, who)).toBeNull();
    expect(checkNewPassword(`${'1234'.repeat(16)}${strong}`, who)).toBe('PASSWORD_TOO_GUESSABLE');
  });
});
