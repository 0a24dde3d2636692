import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A scratch PostgreSQL database on the server at `url` (dropped afterwards with `drop`), so
 * benchmark runs never collide with earlier data or with each other: empty, or a file copy of
 * `template` (a cached seeded database).
 */
export async function scratchDatabase(
  url: string,
  o: { template?: string; prefix?: string } = {},
): Promise<{ url: string; drop: () => Promise<void> }> {
  const prefix = o.prefix ?? process.env.BENCH_DB_PREFIX ?? 'vssid_bench';
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const q = async (sql: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await q(
    o.template
      ? `create database ${name} template ${pg.escapeIdentifier(o.template)} strategy file_copy`
      : `create database ${name}`,
  );
  const u = new URL(url);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => q(`drop database if exists ${name} with (force)`) };
}
