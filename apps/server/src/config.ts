import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The only reader of process.env. Parsed once, typed, and refused with the full list of
 * problems so an operator fixes everything in one go instead of one restart per mistake.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(0).max(65535);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  HOST: z.string().min(1).optional(),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('VssID – BHXH số <no-reply@vssid.local>'),
  EMBEDDED_SMTP_PORT: port.default(2525),
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(100).default(12),
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  QUEUE_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  SEED_DEMO: bool.optional(),
  /** Hops of reverse proxies whose X-Forwarded-For is believed (0 = none, the client's own IP). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Sign-in attempts per client address a minute (the issue's 20; raise behind a campus NAT). */
  LOGINS_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(20),
  APP_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters (base64 or hex of 32+ random bytes)')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  WEB_DIST_DIR: z.string().optional(),
  POPULATION_REGISTRY_URL: z.url().optional(),
  POPULATION_REGISTRY_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(3000),
  POPULATION_REGISTRY_SIM_MODE: z.enum(['normal', 'slow', 'down']).default('normal'),
  REGISTRATION_CHECKS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  REGISTRATION_CHECKS_PER_DAY: z.coerce.number().int().min(1).default(2000),
  REGISTRATION_DRAFTS_PER_HOUR: z.coerce.number().int().min(1).default(60),
  /** Seconds an officer's "Duyệt"/"Từ chối" can be undone ("Hoàn tác"); its mail waits as long. */
  DECISION_UNDO_SECONDS: z.coerce.number().int().min(1).max(60).default(8),
  WEBAUTHN_RP_ID: z
    .string()
    .regex(/^[a-z0-9.-]+$/, 'must be a host name such as vssid.gov.vn or localhost')
    .default('localhost'),
  WEBAUTHN_ORIGINS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url()).min(1))
    .optional(),
  ARGON2_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  ARGON2_MAX_QUEUE: z.coerce.number().int().min(0).max(10_000).default(64),
  /** Browser tests: an adjustable clock moved by POST /dev/clock (never in production). */
  TEST_CLOCK: bool.optional(),
  /**
   * How long an instance may answer a session check from memory (0 = never). Revocations reach
   * every instance at once through NOTIFY; this bounds a missed notification.
   */
  SESSION_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(5),
});

/**
 * What production refuses, read from the raw variables so these are listed together with any
 * malformed value (a zod refinement would run only once every field parsed).
 */
function productionProblems(env: Record<string, string>): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (!env.SMTP_URL)
    problems.push(
      'SMTP_URL: is required in production: the embedded mailbox is for development and would swallow citizens’ mail',
    );
  if (!env.APP_SECRET)
    problems.push(
      'APP_SECRET: is required in production (the key for OTP digests and encrypted ID photos)',
    );
  // The demo people sign in with passwords published in the README (an administrator among them).
  if (env.SEED_DEMO && ['true', '1', 'yes'].includes(env.SEED_DEMO))
    problems.push(
      'SEED_DEMO: must not be true in production: the demo accounts (an administrator among them) have public passwords',
    );
  if (env.TEST_CLOCK && ['true', '1', 'yes'].includes(env.TEST_CLOCK))
    problems.push(
      'TEST_CLOCK: is refused in production: anyone could move the clock past OTP and TOTP windows',
    );
  return problems;
}

/** The built citizen app, wherever the process was started from. */
const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export type Config = ReturnType<typeof toConfig>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError listing every problem at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(cleaned);
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`)),
    ...productionProblems(cleaned as Record<string, string>),
  ];
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  return toConfig(parsed.data);
}

function toConfig(e: z.infer<typeof envSchema>) {
  const production = e.NODE_ENV === 'production';
  const dataDir = path.resolve(e.DATA_DIR);
  const host = e.HOST ?? (production ? '0.0.0.0' : 'localhost');
  return {
    env: e.NODE_ENV,
    production,
    development: e.NODE_ENV === 'development',
    port: e.PORT,
    host,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    dataDir,
    database: e.DATABASE_URL
      ? ({ driver: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE } as const)
      : ({ driver: 'pglite', dir: path.join(dataDir, 'pgdata') } as const),
    mail: {
      from: e.MAIL_FROM,
      smtpUrl: e.SMTP_URL,
      /** The embedded mailbox runs only when no relay is configured (never in production). */
      embedded: !e.SMTP_URL,
      embeddedPort: e.EMBEDDED_SMTP_PORT,
      retryLimit: e.MAIL_RETRY_LIMIT,
      retryDelaySeconds: e.MAIL_RETRY_DELAY_SECONDS,
    },
    queue: { pollSeconds: e.QUEUE_POLL_SECONDS },
    seedDemo: e.SEED_DEMO ?? !production,
    trustProxy: e.TRUST_PROXY_HOPS === 0 ? (false as const) : e.TRUST_PROXY_HOPS,
    loginsPerIpPerMinute: e.LOGINS_PER_IP_PER_MINUTE,
    appSecret: e.APP_SECRET,
    /** Cookies are Secure (and __Host- prefixed) everywhere but plain-http development. */
    secureCookies: production,
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    webDistDir: e.WEB_DIST_DIR ? path.resolve(e.WEB_DIST_DIR) : DEFAULT_WEB_DIST,
    /** The dev mailbox UI is mounted only outside production. */
    devMailUi: !production,
    /** The national population registry: the bundled simulator unless a URL is configured. */
    populationRegistry: {
      url: e.POPULATION_REGISTRY_URL,
      timeoutMs: e.POPULATION_REGISTRY_TIMEOUT_MS,
      simulatorMode: e.POPULATION_REGISTRY_SIM_MODE,
      /** The simulator's HTTP face (/dev/population-registry/verify), never in production. */
      serveSimulator: !production,
    },
    /** Per-IP limits of the registration checks that could harvest BHXH codes (bench raises them). */
    registrationLimits: {
      checksPerMinute: e.REGISTRATION_CHECKS_PER_MINUTE,
      checksPerDay: e.REGISTRATION_CHECKS_PER_DAY,
      draftsPerHour: e.REGISTRATION_DRAFTS_PER_HOUR,
    },
    decisionUndoSeconds: e.DECISION_UNDO_SECONDS,
    webauthn: {
      rpId: e.WEBAUTHN_RP_ID,
      /** Where passkey ceremonies may happen: the public URL and the local ports by default. */
      origins: e.WEBAUTHN_ORIGINS ?? defaultOrigins(e.PUBLIC_URL, e.PORT, production),
    },
    /**
     * argon2id runs at most `concurrency` at once (19 MiB each) with `maxQueue` waiting; more
     * answer 503 BUSY, so a flood of sign-ins cannot exhaust memory.
     */
    /** An adjustable clock and POST /dev/clock (browser tests); refused in production above. */
    testClock: e.TEST_CLOCK === true,
    sessionCacheMs: Math.round(e.SESSION_CACHE_SECONDS * 1000),
    argon2: { concurrency: e.ARGON2_CONCURRENCY, maxQueue: e.ARGON2_MAX_QUEUE },
  };
}

function defaultOrigins(publicUrl: string | undefined, port: number, production: boolean) {
  const origins = new Set<string>();
  if (publicUrl) origins.add(new URL(publicUrl).origin);
  origins.add(`http://localhost:${port}`);
  origins.add(`http://127.0.0.1:${port}`);
  // `npm run dev` serves the web app from Vite on :5173 and proxies /api.
  if (!production) origins.add('http://localhost:5173');
  return [...origins];
}
