import type { FastifyPluginAsync } from 'fastify';
import { loginRoutes } from './login.route.ts';
import { passkeyRoutes } from './passkeys.route.ts';
import { passwordRoutes } from './password.route.ts';
import { sessionRoutes } from './sessions.route.ts';

/** Citizens' sign-in and account security, mounted at /api/auth. */
export const citizenAuthRoutes: FastifyPluginAsync = async (app) => {
  await app.register(loginRoutes);
  await app.register(sessionRoutes);
  await app.register(passwordRoutes);
  await app.register(passkeyRoutes);
};
