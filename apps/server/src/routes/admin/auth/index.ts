import type { FastifyPluginAsync } from 'fastify';
import { staffLoginRoutes } from './login.route.ts';
import { staffPasskeyRoutes } from './passkeys.route.ts';

/** Staff sign-in and second factors, mounted at /api/admin/auth. */
export const staffAuthRoutes: FastifyPluginAsync = async (app) => {
  await app.register(staffLoginRoutes);
  await app.register(staffPasskeyRoutes);
};
