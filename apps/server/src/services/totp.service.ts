import { verify } from 'otplib';
import type { Clock } from '../lib/clock.ts';
import { decryptField, encryptField } from '../lib/field-crypto.ts';
import type { StaffTotpRepository } from '../repositories/staff-totp.repository.ts';

/** 30-second steps, one step either side for clock drift (RFC 6238 defaults, as authenticator apps). */
export const TOTP_PERIOD_S = 30;

/** The AES-GCM context of a seed: a seed copied onto another account's row does not decrypt. */
const context = (accountId: string) => `staff_totp:${accountId}`;

/** Encrypts a base32 TOTP seed for the staff_totp row of `accountId` (used by seeding too). */
export function sealTotpSecret(fieldKey: Buffer, accountId: string, base32: string): string {
  return encryptField(fieldKey, base32, context(accountId));
}

/**
 * Staff TOTP (otplib): the seed is stored encrypted with the field key; a code is accepted once —
 * its time step is recorded atomically, and that step or an earlier one is refused afterwards.
 */
export function totpService(deps: { repo: StaffTotpRepository; fieldKey: Buffer; clock: Clock }) {
  return {
    async enrolled(accountId: string): Promise<boolean> {
      return !!(await deps.repo.get(accountId));
    },

    /** True when `code` is right for now (±30 s) and its step was not used before. */
    async check(accountId: string, code: string): Promise<boolean> {
      const row = await deps.repo.get(accountId);
      if (!row) return false;
      const secret = decryptField(deps.fieldKey, row.secret, context(accountId));
      const result = await verify({
        secret,
        token: code,
        period: TOTP_PERIOD_S,
        epoch: Math.floor(deps.clock.now().getTime() / 1000),
        epochTolerance: TOTP_PERIOD_S,
        ...(row.lastUsedStep !== null ? { afterTimeStep: row.lastUsedStep } : {}),
      }).catch(() => ({ valid: false as const }));
      if (!result.valid || !('timeStep' in result)) return false;
      return deps.repo.useStep(accountId, result.timeStep);
    },
  };
}
export type TotpService = ReturnType<typeof totpService>;
