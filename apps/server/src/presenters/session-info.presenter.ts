import { createHash } from 'node:crypto';
import type { SessionInfo } from '@vssid/contracts';
import { deviceLabel } from '../lib/device-label.ts';
import { maskEmail } from '../lib/mask-email.ts';
import type { AccountRow } from '../repositories/account.repository.ts';
import type { SessionRow } from '../repositories/session.repository.ts';

/** What the app may know about the signed-in account (never the hash, never the full email). */
export function presentSessionInfo(
  account: AccountRow,
  session: { stage: 'partial' | 'full'; csrfToken: string },
  secondFactors?: ('totp' | 'passkey')[],
): SessionInfo {
  return {
    account: {
      id: account.id,
      kind: account.kind,
      role: account.role,
      displayName: account.displayName,
      bhxhCode: account.bhxhCode,
      agencyId: account.agencyId,
      maskedEmail: maskEmail(account.email),
    },
    mustChangePassword: account.mustChangePassword,
    stage: session.stage,
    csrfToken: session.csrfToken,
    ...(secondFactors ? { secondFactors } : {}),
  };
}

/**
 * The id a session shows in "Thiết bị đang đăng nhập". The row id is the cookie token's SHA-256;
 * hashing once more gives a handle that reveals nothing about the row or the token.
 */
export function publicSessionId(sessionRowId: string): string {
  return createHash('sha256').update(`sid:${sessionRowId}`).digest('hex').slice(0, 32);
}

export function presentSessionListItem(row: SessionRow, currentSessionId: string) {
  return {
    id: publicSessionId(row.id),
    device: deviceLabel(row.userAgent),
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    current: row.id === currentSessionId,
  };
}
