import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A scratch PostgreSQL database on the server at `url` (dropped afterwards with `drop`), so
 * benchmark runs never collide with earlier data or with each other.
 */
export async function scratchDatabase(
  url: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${process.env.BENCH_DB_PREFIX ?? 'vssid_bench'}_${randomBytes(4).toString('hex')}`;
  const q = async (sql: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await q(`create database ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => q(`drop database if exists ${name} with (force)`) };
}
