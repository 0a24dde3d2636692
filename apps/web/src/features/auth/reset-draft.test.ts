import { describe, expect, it } from 'vitest';
import { carriedCode, EMPTY_RESET, withCarriedCode } from './reset-draft.ts';

describe('Quên mật khẩu?: the code typed on Đăng nhập', () => {
  it('fills an empty first step', () => {
    expect(withCarriedCode(EMPTY_RESET, '0123456789').bhxhCode).toBe('0123456789');
  });

  it('replaces an older code of a reset that never got past the first step', () => {
    const old = { ...EMPTY_RESET, bhxhCode: '0000000001', email: 'a@b.vn' };
    expect(withCarriedCode(old, '0123456789')).toEqual({ ...old, bhxhCode: '0123456789' });
  });

  it('leaves a reset waiting for its OTP alone, and an empty carry changes nothing', () => {
    const waiting = { ...EMPTY_RESET, step: 'otp' as const, bhxhCode: '0000000001' };
    expect(withCarriedCode(waiting, '0123456789')).toBe(waiting);
    expect(withCarriedCode(EMPTY_RESET, '')).toBe(EMPTY_RESET);
  });

  it('reads only a code from the history state, trimmed', () => {
    expect(carriedCode({ bhxhCode: ' 0123456789 ' })).toBe('0123456789');
    expect(carriedCode({ bhxhCode: 123, password: 'x' })).toBe('');
    expect(carriedCode(null)).toBe('');
    expect(carriedCode({ from: '/ca-nhan' })).toBe('');
  });
});
