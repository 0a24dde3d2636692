import type { AuthContext } from '../lib/auth-context.ts';
import { maskEmail } from '../lib/mask-email.ts';
import { requireRole, STAFF_MANAGERS, type StaffRole } from '../policies/staff.policy.ts';
import type { AccountRepository } from '../repositories/account.repository.ts';
import type { PasskeyRepository } from '../repositories/passkey.repository.ts';
import type { StaffTotpRepository } from '../repositories/staff-totp.repository.ts';

/** "Quản lý tài khoản cán bộ": an administrator sees their own agency's staff accounts. */
export function staffDirectoryService(deps: {
  accounts: AccountRepository;
  totp: StaffTotpRepository;
  passkeys: PasskeyRepository;
}) {
  return {
    async list(auth: AuthContext) {
      const agencyId = requireRole(auth, STAFF_MANAGERS);
      const rows = await deps.accounts.listStaff(agencyId);
      const ids = rows.map((r) => r.id);
      const withTotp = await deps.totp.accountsWithTotp(ids);
      const withPasskey = await deps.passkeys.accountsWithPasskeys(ids);
      return rows.map((r) => ({
        id: r.id,
        username: r.username ?? '',
        displayName: r.displayName,
        role: r.role as StaffRole,
        maskedEmail: maskEmail(r.email),
        secondFactors: [
          ...(withTotp.has(r.id) ? (['totp'] as const) : []),
          ...(withPasskey.has(r.id) ? (['passkey'] as const) : []),
        ],
        createdAt: r.createdAt.toISOString(),
      }));
    },
  };
}
export type StaffDirectoryService = ReturnType<typeof staffDirectoryService>;
