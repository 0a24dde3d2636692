import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Keys derived from one master secret (APP_SECRET, or a file created under the data directory
 * on first start), one per purpose, so a key used for OTP HMACs never encrypts a file.
 */
export type Secrets = {
  /** HMAC key for one-time codes and other short secrets stored as digests. */
  hmacKey: Buffer;
  /** AES-256-GCM key for files at rest (ID photos). */
  fileKey: Buffer;
  /** AES-256-GCM key for small secrets in rows (TOTP seeds). */
  fieldKey: Buffer;
  /** AES-256-GCM key for mail content waiting in the outbox (OTPs, emailed passwords, links). */
  mailKey: Buffer;
};

export function deriveSecrets(master: Buffer): Secrets {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, 'vssid', info, 32));
  return {
    hmacKey: derive('otp-hmac'),
    fileKey: derive('file-aes-gcm'),
    fieldKey: derive('field-aes-gcm'),
    mailKey: derive('mail-aes-gcm'),
  };
}

/** Reads the master secret from configuration, or creates one under `dataDir` (0600). */
export function loadMasterSecret(configured: string | undefined, dataDir: string): Buffer {
  if (configured)
    return Buffer.from(configured, configured.match(/^[0-9a-f]{64,}$/i) ? 'hex' : 'base64');
  const file = path.join(dataDir, 'secret.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  // Written whole under another name, then linked into place: several instances starting at once
  // (npm run start:cluster) all end up with the key of the first, never with one each.
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, key.toString('base64'), { mode: 0o600 });
  try {
    linkSync(tmp, file);
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  } finally {
    unlinkSync(tmp);
  }
}

/** HMAC-SHA256 as hex. */
export function hmac(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}

/** Constant-time comparison of two hex digests. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
