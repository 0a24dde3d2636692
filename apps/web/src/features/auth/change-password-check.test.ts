import { describe, expect, it } from 'vitest';
import { changePasswordErrors } from './change-password-check.ts';

const MISMATCH = 'Mật khẩu nhập lại không khớp.';
const check = (currentPassword: string, newPassword: string, confirmPassword: string) =>
  changePasswordErrors({ currentPassword, newPassword, confirmPassword }, 'vi', MISMATCH).map(
    (f) => [f.field, f.code],
  );

describe('Đổi mật khẩu: what the form marks before sending', () => {
  it('marks the empty current password, the short new one and the mismatch all at once', () => {
    expect(check('', 'ngắn quá', 'ngắn quá nhỉ')).toEqual([
      ['currentPassword', 'PASSWORD_REQUIRED'],
      ['newPassword', 'PASSWORD_TOO_SHORT'],
      ['confirmPassword', 'PASSWORD_MISMATCH'],
    ]);
  });

  it('says the short password is short even when the confirmation matches it', () => {
    expect(check('mật khẩu cũ dài', 'ngắn quá', 'ngắn quá')).toEqual([
      ['newPassword', 'PASSWORD_TOO_SHORT'],
    ]);
  });

  it('counts characters after NFC, as the server does (12 decomposed "ộ" are 12 characters)', () => {
    const twelve = 'ộ'.normalize('NFD').repeat(12);
    expect(check('cũ', twelve, twelve)).toEqual([]);
    expect(check('cũ', twelve.slice(0, -3), twelve.slice(0, -3))).toEqual([
      ['newPassword', 'PASSWORD_TOO_SHORT'],
    ]);
  });

  it('refuses a new password over 256 bytes and one equal to the current password', () => {
    const long = 'ệ'.repeat(100); // 300 bytes in UTF-8
    expect(check('cũ', long, long)).toEqual([['newPassword', 'PASSWORD_TOO_LONG']]);
    const same = 'hoa sữa nở cuối thu';
    expect(check(same, same, same)).toEqual([['newPassword', 'PASSWORD_SAME_AS_CURRENT']]);
  });

  it('marks an empty form on every field and passes a good one', () => {
    expect(check('', '', '')).toEqual([
      ['currentPassword', 'PASSWORD_REQUIRED'],
      ['newPassword', 'PASSWORD_REQUIRED'],
    ]);
    expect(check('mật khẩu cũ', 'hoa sữa nở cuối thu', 'hoa sữa nở cuối thu')).toEqual([]);
  });
});
