import { AppError } from '../lib/app-error.ts';
import type { AuthContext } from '../lib/auth-context.ts';

export type StaffRole = 'officer' | 'supervisor' | 'administrator';

/**
 * What each staff role may do, checked at the top of the services (the routes' guards check the
 * same first). Officer: their agency's applications; supervisor: also the audit log;
 * administrator: also the agency's staff accounts. Returns the agency the caller acts for.
 */
export function requireRole(auth: AuthContext, roles: StaffRole[]): string {
  if (auth.kind !== 'staff' || auth.stage !== 'full') throw new AppError('UNAUTHENTICATED', 401);
  if (!roles.includes(auth.role as StaffRole) || !auth.agencyId)
    throw new AppError('FORBIDDEN', 403);
  return auth.agencyId;
}

export const STAFF_MANAGERS: StaffRole[] = ['administrator'];
