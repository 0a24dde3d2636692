import type { FastifyRequest } from 'fastify';
import type { StaffRole } from '../policies/staff.policy.ts';
import { AppError } from './app-error.ts';
import { requireCitizen, requireStaff } from './guards.ts';

/**
 * The guards as route hooks (preValidation): who may call a route is decided before its body is
 * validated, so an anonymous caller learns nothing from validation errors, and the access matrix
 * sees 401/403 whatever the body.
 */
export const citizenOnly =
  (o: { allowPasswordChangeDue?: boolean } = {}) =>
  async (req: FastifyRequest) => {
    requireCitizen(req, o);
  };

export const staffOnly =
  (roles?: StaffRole[], o: { allowPasswordChangeDue?: boolean } = {}) =>
  async (req: FastifyRequest) => {
    requireStaff(req, roles, o);
  };

/** Any staff session, including one still waiting for its second factor. */
export const staffSessionOnly = () => async (req: FastifyRequest) => {
  if (req.auth?.kind !== 'staff') throw new AppError('UNAUTHENTICATED', 401);
};

/** OpenAPI: the session cookie, plus the CSRF header on anything but GET. */
export const SESSION_SECURITY = [{ session: [], csrf: [] }];
export const NO_SECURITY: { [k: string]: string[] }[] = [];
