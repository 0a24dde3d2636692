import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('starts with no variables at all: embedded database and mailbox, port 3000', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.database.driver).toBe('pglite');
    expect(c.mail.embedded).toBe(true);
    expect(c.devMailUi).toBe(true);
    expect(c.seedDemo).toBe(true);
  });

  it('switches to PostgreSQL and a real SMTP relay by one variable each', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/x', SMTP_URL: 'smtp://relay:25' });
    expect(c.database).toMatchObject({ driver: 'postgres', url: 'postgres://u@db:5432/x' });
    expect(c.mail.embedded).toBe(false);
  });

  it('refuses to start and lists every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        SMTP_URL: 'http://x',
        LOG_LEVEL: 'loud',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'SMTP_URL', 'LOG_LEVEL'])
      expect(problems).toContain(name);
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it('refuses production without an SMTP relay, and never mounts the dev mailbox there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SMTP_URL[\s\S]*APP_SECRET/);
    const c = loadConfig({
      NODE_ENV: 'production',
      SMTP_URL: 'smtp://relay:25',
      APP_SECRET: 'x'.repeat(44),
    });
    expect(c.devMailUi).toBe(false);
    expect(c.seedDemo).toBe(false);
  });

  it('moves the clock only in tests: TEST_CLOCK is refused in production', () => {
    expect(loadConfig({ TEST_CLOCK: '1' }).testClock).toBe(true);
    expect(loadConfig({}).testClock).toBe(false);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        SMTP_URL: 'smtp://relay:25',
        APP_SECRET: 'x'.repeat(44),
        TEST_CLOCK: '1',
      }),
    ).toThrow(/TEST_CLOCK/);
  });

  it('refuses the public demo accounts in production, listed with every other problem', () => {
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true', PORT: 'abc' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'APP_SECRET',
      'PORT',
      'SEED_DEMO',
      'SMTP_URL',
    ]);
    const ok = { NODE_ENV: 'production', SMTP_URL: 'smtp://relay:25', APP_SECRET: 'x'.repeat(44) };
    for (const yes of ['true', '1', 'yes'])
      expect(() => loadConfig({ ...ok, SEED_DEMO: yes })).toThrow(/SEED_DEMO: must not be true/);
    expect(loadConfig({ ...ok, SEED_DEMO: 'false' }).seedDemo).toBe(false);
    // Development keeps its demo accounts.
    expect(loadConfig({ SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });
});
