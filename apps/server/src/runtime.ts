import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { type DatabaseOptions, openDatabase } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';
import { seedAdminUnits } from './db/seed/admin-units.ts';
import { seedDemo } from './db/seed/demo.ts';
import { seedDemoDirectories } from './db/seed/demo-directories.ts';
import { seedDemoOrganization } from './db/seed/demo-organization.ts';
import { seedDemoStaff } from './db/seed/demo-staff.ts';
import { EmbeddedMailbox } from './integrations/mail/embedded-mailbox.ts';
import { type MailTransport, smtpTransport } from './integrations/mail/transport.ts';
import { JobQueue } from './jobs/queue.ts';
import { AdjustableClock, type Clock, systemClock } from './lib/clock.ts';
import { errorForLog } from './lib/log-scrub.ts';
import { deriveSecrets, loadMasterSecret } from './lib/secrets.ts';
import { unitOfWork } from './lib/unit-of-work.ts';
import { auditRepository } from './repositories/audit.repository.ts';
import { bhxhCodeLookupRepository } from './repositories/bhxh-code-lookup.repository.ts';
import { declarationsRepository } from './repositories/declarations.repository.ts';
import { devMailboxRepository } from './repositories/dev-mailbox.repository.ts';
import { directoryAdminRepository } from './repositories/directory-admin.repository.ts';
import { directorySearchRepository } from './repositories/directory-search.repository.ts';
import { feedbackRepository } from './repositories/feedback.repository.ts';
import { importRepository } from './repositories/import.repository.ts';
import { lookupChallengeRepository } from './repositories/lookup-challenge.repository.ts';
import { organizationRepository } from './repositories/organization.repository.ts';
import { organizationRemindersRepository } from './repositories/organization-reminders.repository.ts';
import { otpRepository } from './repositories/otp.repository.ts';
import { outboxRepository } from './repositories/outbox.repository.ts';
import { rateLimitRepository } from './repositories/rate-limit.repository.ts';
import { recordsRepository } from './repositories/records.repository.ts';
import { registrationRepository } from './repositories/registration.repository.ts';
import { sessionRepository } from './repositories/session.repository.ts';
import { auditService } from './services/audit.service.ts';
import { authServices } from './services/auth-services.ts';
import { feedbackService } from './services/feedback.service.ts';
import { importService } from './services/imports/import.service.ts';
import { bhxhCodeLookupService } from './services/lookups/bhxh-code-lookup.service.ts';
import { directoryAdminService } from './services/lookups/directory-admin.service.ts';
import { directorySearchService } from './services/lookups/directory-search.service.ts';
import { MAIL_QUEUE, MAIL_SWEEP_INTERVAL_MS, mailService } from './services/mail.service.ts';
import { declarationsService } from './services/organization/declarations.service.ts';
import { organizationService } from './services/organization/organization.service.ts';
import { organizationReportsService } from './services/organization/organization-reports.service.ts';
import { remindersService } from './services/organization/reminders.service.ts';
import { otpService } from './services/otp.service.ts';
import { rateLimitService } from './services/rate-limit.service.ts';
import { recordsService } from './services/records.service.ts';
import { recordsExportService } from './services/records-export.service.ts';
import { draftAccess } from './services/registration/draft-access.ts';
import { registrationServices } from './services/registration/registration-services.ts';
import { sessionService } from './services/session.service.ts';
import { SessionCache } from './services/session-cache.ts';

/** Records per import transaction on PGlite (bench:import: /api/health p99 during an import). */
const PGLITE_IMPORT_BATCH = 100;

export type RuntimeOptions = {
  config: Config;
  log: Logger;
  /** Tests pass an in-memory PGlite ({ driver: 'pglite', dir: null }) or a scratch database. */
  database?: DatabaseOptions;
  /** Start the queue workers (mail delivery); off for tests that only inspect the outbox. */
  workers?: boolean;
  /** directories: generated "Tra cứu" demo rows (default: with demo, unless `seed` is given). */
  seed?: { adminUnits: boolean; demo: boolean; directories?: boolean };
  /** Tests pass a FakeClock; everything time-dependent reads time from here. */
  clock?: Clock;
  /** Tests pass random bytes; otherwise APP_SECRET or a key file under DATA_DIR. */
  masterSecret?: Buffer;
};

/**
 * Everything the HTTP layer needs, opened in dependency order: database → migrations →
 * reference data → mailbox → queue → services. `close()` undoes it in reverse.
 */
export async function createRuntime(o: RuntimeOptions) {
  const { config, log } = o;
  // TEST_CLOCK (browser tests, refused in production): POST /dev/clock moves this one.
  const clock = o.clock ?? (config.testClock ? new AdjustableClock() : systemClock);
  const secrets = deriveSecrets(
    o.masterSecret ?? loadMasterSecret(config.appSecret, config.dataDir),
  );
  // Every repository gets `database.db` from the unit of work, so it joins an open one (lib/unit-of-work.ts).
  const uow = unitOfWork(await openDatabase(o.database ?? config.database, log), log);
  const database = uow.database;
  const closers: (() => Promise<void>)[] = [() => database.close()];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch((err) => log.warn({ err }, 'close failed'));
  };
  try {
    await runMigrations(database);
    const seed = o.seed ?? { adminUnits: true, demo: config.seedDemo };
    if (seed.adminUnits && (await seedAdminUnits(database)))
      log.info('administrative units loaded');
    if (seed.demo && (await seedDemo(database, clock.now()))) log.info('demo data seeded');
    if (seed.demo && (await seedDemoStaff(database, secrets.fieldKey)))
      log.info('demo staff sign-ins seeded');
    if (seed.demo && (await seedDemoOrganization(database, secrets.fieldKey, clock.now())))
      log.info('demo organization staff and drive seeded');
    if (seed.demo && (o.seed ? o.seed.directories === true : true)) {
      const d = await seedDemoDirectories(database);
      if (Object.values(d).some((n) => n > 0)) log.info(d, 'demo directories seeded');
    }

    const devMailbox = devMailboxRepository(database.db);
    let mailbox: EmbeddedMailbox | null = null;
    let smtpTarget: string | { host: string; port: number };
    if (config.mail.embedded) {
      const open = async (p: number) => {
        mailbox = new EmbeddedMailbox(devMailbox, (err) =>
          log.warn({ err: err.message }, 'mailbox error'),
        );
        return mailbox.start(p);
      };
      // A second instance on the same machine (npm run start:cluster, two processes on one
      // PostgreSQL) finds the port taken: it listens on a free one instead. What either receives
      // lands in the same dev_mailbox table, so /dev/mail shows everything on every instance.
      const port = await open(config.mail.embeddedPort).catch(
        async (err: NodeJS.ErrnoException) => {
          if (err.code !== 'EADDRINUSE' || config.mail.embeddedPort === 0) throw err;
          log.warn(
            { port: config.mail.embeddedPort },
            'embedded mailbox port in use (another instance?); using a free port',
          );
          return open(0);
        },
      );
      closers.push(() => mailbox!.stop());
      smtpTarget = { host: '127.0.0.1', port };
      log.info({ port }, 'embedded mailbox listening (view it at /dev/mail)');
    } else {
      smtpTarget = config.mail.smtpUrl!;
    }
    let transport: MailTransport | null = null;
    const getTransport = () => {
      transport ??= smtpTransport(smtpTarget);
      return transport;
    };
    closers.push(async () => transport?.close());

    const queue = new JobQueue(database, { pollSeconds: config.queue.pollSeconds }, log);
    await queue.start();
    closers.push(() => queue.stop(config.shutdownTimeoutMs));
    await queue.ensureQueue(MAIL_QUEUE, {
      limit: config.mail.retryLimit,
      delaySeconds: config.mail.retryDelaySeconds,
      backoff: true,
    });

    const mail = mailService({
      outbox: outboxRepository(database.db),
      queue,
      uow,
      transport: getTransport,
      from: config.mail.from,
      messageIdDomain: new URL(config.publicUrl).hostname || 'vssid.local',
      key: secrets.mailKey,
      log,
    });
    if (o.workers ?? true) {
      // Up to 10 mails per poll: a registration burst must not leave OTPs (valid 4 min) queued.
      await queue.work<{ outboxId: string }>(MAIL_QUEUE, (job) => mail.deliver(job.outboxId), {
        batchSize: 10,
      });
      const sweep = setInterval(() => {
        mail.sweep().catch((err) => log.warn({ err: err.message }, 'mail sweep failed'));
      }, MAIL_SWEEP_INTERVAL_MS);
      sweep.unref();
      closers.push(async () => clearInterval(sweep));
    }

    const rateLimits = rateLimitService({
      repo: rateLimitRepository(database.db),
      clock,
      hmacKey: secrets.hmacKey,
    });
    const otps = otpService({
      repo: otpRepository(database.db),
      rateLimits,
      clock,
      hmacKey: secrets.hmacKey,
    });

    // Session checks cached a few seconds, dropped on every instance by NOTIFY (session-cache.ts).
    const sessionCache =
      config.sessionCacheMs > 0 ? new SessionCache(config.sessionCacheMs) : undefined;
    if (sessionCache) {
      const listener = await sessionCache.listen(database);
      closers.push(() => listener.close());
    }
    const sessions = sessionService({
      repo: sessionRepository(database.db),
      clock,
      cache: sessionCache,
    });
    const security = authServices({
      db: database.db,
      database,
      config,
      clock,
      secrets,
      uow,
      mail,
      sessions,
      otps,
      rateLimits,
    });
    await security.passwords.ready();
    if (o.workers ?? true) {
      const housekeeping = setInterval(() => {
        Promise.all([security.purgeChallenges(), rateLimits.purgeExpired()]).catch((err) =>
          log.warn({ err: errorForLog(err) }, 'housekeeping failed'),
        );
      }, 3_600_000);
      housekeeping.unref();
      closers.push(async () => clearInterval(housekeeping));
    }

    const registration = registrationServices({
      db: database.db,
      config,
      clock,
      fileKey: secrets.fileKey,
      uow,
      mail,
      otps,
      rateLimits,
    });
    if (o.workers ?? true) {
      // Hourly: expired drafts, refused applications' photos after 30 days, orphaned files.
      const sweeper = setInterval(() => {
        registration.sweep
          .run()
          .catch((err) => log.warn({ err: err.message }, 'registration sweep failed'));
      }, 3_600_000);
      sweeper.unref();
      closers.push(async () => clearInterval(sweeper));
    }

    // "QL cá nhân" (issue 5): citizens' own records, the officer view and CSV imports.
    const audit = auditService({ repo: auditRepository(database.db), clock });
    const records = recordsService({ repo: recordsRepository(database.db), clock, audit });
    const directoryAdminRepo = directoryAdminRepository(database.db);
    const imports = importService({
      repo: importRepository(database),
      directories: directoryAdminRepo,
      clock,
      audit,
      uow,
      // On PGlite (one connection) a request waits for the batch in flight: keep each short.
      batchSize: database.driver === 'pglite' ? PGLITE_IMPORT_BATCH : undefined,
    });
    if (o.workers ?? true) {
      // Imports whose process died (lease expired): failed if still reading, resumed if applying.
      const sweepImports = () =>
        imports.sweep().catch((err) => log.warn({ err: errorForLog(err) }, 'import sweep failed'));
      void sweepImports();
      const importSweeper = setInterval(sweepImports, 60_000);
      importSweeper.unref();
      closers.push(async () => clearInterval(importSweeper));
    }
    const orgRepo = organizationRepository(database.db);
    const organization = organizationService({
      repo: orgRepo,
      audit,
      uow,
      clock,
      batchSize: database.driver === 'pglite' ? 250 : undefined,
    });
    // Issue 6: officers' replacement of the demo directories (edit; imports go through `imports`).
    const directoryAdmin = directoryAdminService({ repo: directoryAdminRepo, clock, audit, uow });

    return {
      config,
      log,
      clock,
      secrets,
      database,
      uow,
      mailbox,
      mail,
      queue,
      repos: { devMailbox },
      services: {
        sessions,
        rateLimits,
        otps,
        security,
        feedback: feedbackService({
          repo: feedbackRepository(database.db),
          uow,
          mail,
          rateLimits,
        }),
        registration,
        records,
        recordsExport: recordsExportService(records),
        imports,
        directoryAdmin,
        directorySearch: directorySearchService({
          repo: directorySearchRepository(database.db),
          rateLimits,
        }),
        organization,
        reminders: remindersService({
          repo: organizationRemindersRepository(database.db),
          org: organization,
          orgRepo,
          audit,
          mail,
          uow,
          clock,
          hmacKey: secrets.hmacKey,
          publicUrl: config.publicUrl,
          openRegistration: draftAccess({ repo: registrationRepository(database.db), clock }).open,
        }),
        organizationReports: organizationReportsService({
          org: organization,
          repo: orgRepo,
          audit,
          clock,
        }),
        declarations: declarationsService({
          repo: declarationsRepository(database.db),
          org: organization,
          audit,
          uow,
          clock,
        }),
        bhxhCodeLookup: bhxhCodeLookupService({
          people: bhxhCodeLookupRepository(database.db),
          challenges: lookupChallengeRepository(database.db),
          rateLimits,
          clock,
          hmacKey: secrets.hmacKey,
        }),
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
export type Runtime = Awaited<ReturnType<typeof createRuntime>>;
