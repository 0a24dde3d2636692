import type { FastifyRequest } from 'fastify';
import { AppError } from './app-error.ts';
import type { AuthContext } from './auth-context.ts';
import { MINUTE } from './clock.ts';

type StaffRole = 'officer' | 'supervisor' | 'administrator';

/** A signed-in citizen whose password is current. 401 otherwise (403 while a change is due). */
export function requireCitizen(
  req: FastifyRequest,
  o: { allowPasswordChangeDue?: boolean } = {},
): AuthContext {
  const a = req.auth;
  if (a?.kind !== 'citizen') throw new AppError('UNAUTHENTICATED', 401);
  if (a.mustChangePassword && !o.allowPasswordChangeDue)
    throw new AppError('PASSWORD_CHANGE_REQUIRED', 403);
  return a;
}

/** A fully signed-in staff member (both factors) with one of `roles` (any staff role if omitted). */
export function requireStaff(
  req: FastifyRequest,
  roles?: StaffRole[],
  o: { allowPasswordChangeDue?: boolean } = {},
): AuthContext & { agencyId: string } {
  const a = req.auth;
  if (a?.kind !== 'staff' || a.stage !== 'full') throw new AppError('UNAUTHENTICATED', 401);
  if (a.mustChangePassword && !o.allowPasswordChangeDue)
    throw new AppError('PASSWORD_CHANGE_REQUIRED', 403);
  if (roles && !roles.includes(a.role as StaffRole)) throw new AppError('FORBIDDEN', 403);
  if (!a.agencyId) throw new AppError('FORBIDDEN', 403);
  return a as AuthContext & { agencyId: string };
}

/** Sensitive actions (passkeys, email change, data export) need a sign-in within 5 minutes. */
export function requireRecentAuth(a: AuthContext, now: Date): void {
  if (now.getTime() - a.authenticatedAt.getTime() > 5 * MINUTE)
    throw new AppError('REAUTH_REQUIRED', 403);
}
