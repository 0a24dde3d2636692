import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registerCompression } from './plugins/compression.ts';
import { registerErrorHandler } from './plugins/error-handler.ts';
import { registerRequestLog } from './plugins/request-log.ts';
import { registerRouteList } from './plugins/route-list.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { registerSession } from './plugins/session.ts';
import { registerSwagger } from './plugins/swagger.ts';
import { registerWebApp } from './plugins/web-app.ts';
import { staffAuthRoutes } from './routes/admin/auth/index.ts';
import { adminCitizenRecordsRoutes } from './routes/admin/citizen-records.route.ts';
import { adminDirectoryRoutes } from './routes/admin/directories.route.ts';
import { adminImportRoutes } from './routes/admin/imports.route.ts';
import { officerRoutes } from './routes/admin/officers.route.ts';
import { organizationRoutes } from './routes/admin/organization.route.ts';
import { organizationDeclarationRoutes } from './routes/admin/organization-declarations.route.ts';
import { organizationReminderRoutes } from './routes/admin/organization-reminders.route.ts';
import { organizationReportRoutes } from './routes/admin/organization-reports.route.ts';
import { adminRegistrationRoutes } from './routes/admin/registrations.route.ts';
import { citizenAuthRoutes } from './routes/citizen/auth/index.ts';
import { citizenRecordsRoutes } from './routes/citizen/records.route.ts';
import { devClockRoutes } from './routes/dev/clock.route.ts';
import { devMailRoutes } from './routes/dev/mail.route.ts';
import { devPopulationRegistryRoutes } from './routes/dev/population-registry.route.ts';
import { driveLinkRoutes } from './routes/drive-links.route.ts';
import { adminUnitRoutes } from './routes/public/admin-units.route.ts';
import { bhxhCodeLookupRoutes } from './routes/public/bhxh-code-lookup.route.ts';
import { feedbackRoutes } from './routes/public/feedback.route.ts';
import { healthRoutes } from './routes/public/health.route.ts';
import { lookupRoutes } from './routes/public/lookups.route.ts';
import { registrationRoutes } from './routes/public/registration.route.ts';
import { registrationPhotoRoutes } from './routes/public/registration-photos.route.ts';
import { registrationSubmitRoutes } from './routes/public/registration-submit.route.ts';
import type { Runtime } from './runtime.ts';

declare module 'fastify' {
  interface FastifyInstance {
    runtime: Runtime;
  }
}

/** Fastify's trustProxy as a function of the hop count (0 = trust nobody). */
function trustHops(hops: false | number) {
  return hops ? (_address: string, hop: number) => hop < hops : false;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Builds the HTTP app over an opened runtime. Plugin order: platform (errors, logs, docs) →
 * routes → the web app's static files and SPA fallback.
 */
export async function buildApp(runtime: Runtime): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: runtime.log as FastifyBaseLogger,
    // Our own single line per request replaces Fastify's two (see plugins/request-log.ts).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    // X-Forwarded-For is believed only when configured: otherwise anyone could pick their own
    // IP and walk around the per-IP limits.
    trustProxy: trustHops(runtime.config.trustProxy),
    // A caller's id is kept (to follow a request across services) only if it looks like one.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('runtime', runtime);

  registerRouteList(app);
  registerErrorHandler(app);
  registerRequestLog(app);
  await registerSecurityHeaders(app, { production: runtime.config.production });
  await registerCompression(app);
  await registerSwagger(app);
  await registerSession(app, {
    sessions: runtime.services.sessions,
    secure: runtime.config.secureCookies,
  });

  await app.register(healthRoutes, { prefix: '/api' });
  await app.register(feedbackRoutes, { prefix: '/api' });
  await app.register(citizenAuthRoutes, { prefix: '/api/auth' });
  await app.register(staffAuthRoutes, { prefix: '/api/admin/auth' });
  await app.register(officerRoutes, { prefix: '/api/admin' });
  await app.register(organizationRoutes, { prefix: '/api/admin/org' });
  await app.register(organizationReminderRoutes, { prefix: '/api/admin/org' });
  await app.register(driveLinkRoutes, { prefix: '/api' });
  await app.register(organizationDeclarationRoutes, { prefix: '/api/admin/org' });
  await app.register(organizationReportRoutes, { prefix: '/api/admin/org' });
  await app.register(adminUnitRoutes, { prefix: '/api' });
  await app.register(registrationRoutes, { prefix: '/api' });
  await app.register(registrationPhotoRoutes, { prefix: '/api' });
  await app.register(registrationSubmitRoutes, { prefix: '/api' });
  await app.register(adminRegistrationRoutes, { prefix: '/api/admin' });
  await app.register(citizenRecordsRoutes, { prefix: '/api' });
  await app.register(adminCitizenRecordsRoutes, { prefix: '/api/admin' });
  await app.register(adminImportRoutes, { prefix: '/api/admin' });
  await app.register(adminDirectoryRoutes, { prefix: '/api/admin' });
  await app.register(bhxhCodeLookupRoutes, { prefix: '/api' });
  await app.register(lookupRoutes, { prefix: '/api' });
  if (runtime.config.devMailUi) await app.register(devMailRoutes, { prefix: '/dev/mail' });
  if (runtime.config.testClock) await app.register(devClockRoutes, { prefix: '/dev/clock' });
  if (runtime.config.populationRegistry.serveSimulator)
    await app.register(devPopulationRegistryRoutes, { prefix: '/dev/population-registry' });

  await registerWebApp(app, runtime.config.webDistDir);
  return app;
}
