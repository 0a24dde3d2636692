import { hmac, sameDigest } from '../../lib/secrets.ts';

/**
 * Signed links of a drive (issue 13), HMAC-SHA256 with the server's hmacKey and a purpose prefix
 * of their own, so no other digest the server makes (OTPs, rate-limit keys) is ever a valid link.
 *
 * - A reminder link `r1.<roster row id>.<expiry, epoch seconds>.<mac>`: prefills "Đăng ký tài
 *   khoản" with that one row's mã số BHXH and name, until the end of the drive's deadline day.
 * - A poster link `d1.<drive id>.<expiry>.<mac>`: ties a registration to the drive.
 *
 * The row or drive id and the expiry are inside the MAC: changing either breaks it.
 */
export type TokenKind = 'r1' | 'd1';
export type TokenCheck =
  | { ok: true; id: string; expiresAt: Date }
  | { ok: false; reason: 'invalid' | 'expired' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const mac = (key: Buffer, kind: TokenKind, id: string, exp: number) =>
  hmac(key, `vssid-drive-link:${kind}:${id}:${exp}`);

/** The end of a deadline day (YYYY-MM-DD) in Vietnam time, as a Date. */
export function endOfVnDay(day: string): Date {
  return new Date(Date.parse(`${day}T23:59:59+07:00`));
}

export function signDriveToken(key: Buffer, kind: TokenKind, id: string, expiresAt: Date): string {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  return `${kind}.${id}.${exp}.${mac(key, kind, id, exp)}`;
}

export function verifyDriveToken(
  key: Buffer,
  kind: TokenKind,
  token: string,
  now: Date,
): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== kind) return { ok: false, reason: 'invalid' };
  const [, id, expText, sig] = parts as [string, string, string, string];
  if (!UUID.test(id) || !/^\d{1,12}$/.test(expText) || !/^[0-9a-f]{64}$/.test(sig))
    return { ok: false, reason: 'invalid' };
  const exp = Number(expText);
  if (!sameDigest(sig, mac(key, kind, id, exp))) return { ok: false, reason: 'invalid' };
  if (now.getTime() > exp * 1000) return { ok: false, reason: 'expired' };
  return { ok: true, id, expiresAt: new Date(exp * 1000) };
}
