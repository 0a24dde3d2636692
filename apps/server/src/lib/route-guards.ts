import type { FastifyRequest } from 'fastify';
import type { StaffRole } from '../policies/staff.policy.ts';
import { AppError } from './app-error.ts';
import { requireCitizen, requireStaff } from './guards.ts';

/** Whose session a guard asks for (plugins/session.ts reads it to run and document the guard). */
export const GUARD_AUDIENCE = Symbol('vssid.guardAudience');
export type RouteGuard = ((req: FastifyRequest) => Promise<void>) & {
  [GUARD_AUDIENCE]: 'citizen' | 'staff';
};
const guard = (audience: 'citizen' | 'staff', fn: (req: FastifyRequest) => Promise<void>) =>
  Object.assign(fn, { [GUARD_AUDIENCE]: audience }) as RouteGuard;

/** The guard a hook function is, if it is one. */
export const guardAudience = (fn: unknown): 'citizen' | 'staff' | undefined =>
  typeof fn === 'function' ? (fn as Partial<RouteGuard>)[GUARD_AUDIENCE] : undefined;

/**
 * The guards as route hooks. Routes list them as `preValidation`; plugins/session.ts moves them
 * to `onRequest`, so who may call a route is decided before its body is even read: an anonymous
 * caller learns nothing from validation errors, and the access matrix sees 401/403 whatever the
 * body. Every /api/admin route that declares no guard and is not public gets `staffOnly()`.
 */
export const citizenOnly = (o: { allowPasswordChangeDue?: boolean } = {}) =>
  guard('citizen', async (req) => {
    requireCitizen(req, o);
  });

export const staffOnly = (roles?: StaffRole[], o: { allowPasswordChangeDue?: boolean } = {}) =>
  guard('staff', async (req) => {
    requireStaff(req, roles, o);
  });

/**
 * Any fully signed-in staff member, with or without an agency: what is about the account
 * itself (its password, its passkeys), which organization staff have as officers do.
 */
export const anyStaffOnly = (o: { allowPasswordChangeDue?: boolean } = {}) =>
  guard('staff', async (req) => {
    const a = req.auth;
    if (a?.kind !== 'staff' || a.stage !== 'full') throw new AppError('UNAUTHENTICATED', 401);
    if (a.mustChangePassword && !o.allowPasswordChangeDue)
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 403);
  });

/**
 * An organization's staff (issue 13): a full staff session with an organization role
 * ('org_unit', or 'org_faculty' unless `roles` leaves it out). Officers are 403 here, as
 * organization staff are on every officer route (they have no agency).
 */
export const orgStaffOnly = (roles: ('org_unit' | 'org_faculty')[] = ['org_unit', 'org_faculty']) =>
  guard('staff', async (req) => {
    const a = req.auth;
    if (a?.kind !== 'staff' || a.stage !== 'full') throw new AppError('UNAUTHENTICATED', 401);
    if (a.mustChangePassword) throw new AppError('PASSWORD_CHANGE_REQUIRED', 403);
    if (!(roles as string[]).includes(a.role)) throw new AppError('FORBIDDEN', 403);
  });

/** Any staff session, including one still waiting for its second factor. */
export const staffSessionOnly = () =>
  guard('staff', async (req) => {
    if (req.auth?.kind !== 'staff') throw new AppError('UNAUTHENTICATED', 401);
  });

/**
 * OpenAPI: "needs a session". The session plugin rewrites it per route from the route's guard:
 * the citizen or staff cookie, plus the CSRF header on anything but GET/HEAD.
 */
export const SESSION_SECURITY = [{ session: [], csrf: [] }];
/** OpenAPI: public (and, under /api/admin, exempt from the default staff guard: sign-in). */
export const NO_SECURITY: { [k: string]: string[] }[] = [];
