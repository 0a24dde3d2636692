import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import pino from 'pino';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { createRuntime } from '../apps/server/src/runtime.ts';
import { scratchDatabase } from './scratch-db.ts';

/**
 * Issue 13: the organization's roster import (BENCH_ROSTER_ROWS students, default 20,000) on
 * PostgreSQL, through HTTP as /to-chuc sends it, beside a plain COPY FROM STDIN of the same rows
 * into a table like roster_rows (same columns and indexes) in the same run. Half the rows carry a
 * mã số BHXH, half are found by name + birth date, as a real school's roster would.
 */
const HEADER = 'Mã sinh viên,Họ và tên,Ngày sinh,Khoa,Lớp,Mã số BHXH,Email,Số điện thoại\n';
const code = (i: number) => `9${String(i).padStart(9, '0')}`;
function* rosterCsv(n: number): Generator<string> {
  yield HEADER;
  let chunk = '';
  for (let i = 1; i <= n; i++) {
    chunk += `SV${i},Sinh Viên ${i},01/01/2005,Khoa ${i % 7},Lớp ${i % 300},${i % 2 ? code(i) : ''},sv${i}@st.vimaru.edu.vn,09${String(i).padStart(8, '0')}\n`;
    if (i % 1000 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
/** The same rows as roster_rows holds them (matched code, search key, timestamps). */
function* copyRows(n: number, driveId: string): Generator<string> {
  const now = new Date().toISOString();
  let chunk = '';
  for (let i = 1; i <= n; i++) {
    chunk += `${randomUUID()},${driveId},SV${i},Sinh Viên ${i},2005-01-01,Khoa ${i % 7},Lớp ${i % 300},${code(i)},${i % 2 === 1},sv${i}@st.vimaru.edu.vn,09${String(i).padStart(8, '0')},sv${i} sinh vien ${i} lop ${i % 300},${now}\n`;
    if (i % 1000 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

export async function rosterBench(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) return console.log('\nroster import vs COPY: skipped (set BENCH_DATABASE_URL)');
  const n = Number(process.env.BENCH_ROSTER_ROWS ?? 20_000);
  const db = await scratchDatabase(url);
  const runtime = await createRuntime({
    config: loadConfig({ EMBEDDED_SMTP_PORT: '0', LOG_LEVEL: 'silent' }),
    log: pino({ level: 'silent' }),
    database: { driver: 'postgres', url: db.url, poolSize: 20 },
    seed: { adminUnits: true, demo: false },
    masterSecret: randomBytes(32),
  });
  const app = await buildApp(runtime);
  const sql = (q: string, v?: unknown[]) => runtime.database.executeSql(q, v);
  try {
    await sql(`insert into insured_persons (bhxh_code, full_name, name_key, birth_date, gender, province_code)
      select '9' || lpad(i::text, 9, '0'), 'Sinh Viên ' || i, 'sinh vien ' || i, '2005-01-01', 'male', '31'
      from generate_series(1, ${n}) i`);
    const org = (
      await sql(`insert into organizations (code, name, kind, province_code, address)
        values ('B', 'Trường đo', 'university', '31', 'Hải Phòng') returning id`)
    ).rows[0]!.id;
    const agency = (
      await sql(`insert into agencies (code, name, province_code, address, phone, search_key)
        values ('B', 'BHXH đo', '31', 'x', '0', 'bhxh do') returning id`)
    ).rows[0]!.id;
    const driveId = String(
      (
        await sql(
          `insert into registration_drives (organization_id, name, deadline, agency_id)
           values ($1, 'Đợt đo', '2030-01-01', $2) returning id`,
          [org, agency],
        )
      ).rows[0]!.id,
    );
    const acc = (
      await sql(`insert into accounts (kind, role, username, display_name, password_hash, must_change_password)
        values ('staff', 'org_unit', 'bench.org', 'bench', 'x', false) returning id`)
    ).rows[0]!.id;
    await sql('insert into organization_staff (account_id, organization_id) values ($1, $2)', [
      acc,
      org,
    ]);
    await sql('analyze');
    const s = await runtime.services.sessions.create({
      accountId: String(acc),
      kind: 'staff',
      stage: 'full',
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    let t = Date.now();
    const res = await fetch(`${base}/api/admin/org/drives/${driveId}/roster`, {
      method: 'POST',
      headers: {
        cookie: `vssid_staff=${s.token}`,
        'x-csrf-token': s.csrfToken,
        'content-type': 'text/csv',
        'x-import-id': randomUUID(),
      },
      body: Readable.toWeb(Readable.from(rosterCsv(n))) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    const job = (await res.json()) as { status: string; rowsAdded: number; rowsRefused: number };
    const importRate = n / ((Date.now() - t) / 1000);
    if (job.rowsAdded !== n) throw new Error(`roster import: ${JSON.stringify(job).slice(0, 300)}`);

    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    await c.query('create table copy_bench (like roster_rows including all)');
    t = Date.now();
    await pipeline(
      Readable.from(copyRows(n, driveId)),
      c.query(
        copyFrom(
          'copy copy_bench (id, drive_id, student_code, full_name, birth_date, faculty, class_name, bhxh_code, code_given, email, phone, search_key, imported_at) from stdin with (format csv)',
        ),
      ),
    );
    const copyRate = n / ((Date.now() - t) / 1000);
    await c.query('drop table copy_bench');
    await c.end();
    console.log(
      `\nroster import on PostgreSQL (issue 13), ${n} students, half with a mã số BHXH, half found by name + birth date`,
    );
    console.table([
      {
        path: 'POST /api/admin/org/drives/:id/roster (CSV)',
        'rows/s': Math.round(importRate),
        'ratio vs COPY': (importRate / copyRate).toFixed(3),
      },
      {
        path: 'COPY FROM STDIN (same rows, like roster_rows)',
        'rows/s': Math.round(copyRate),
        'ratio vs COPY': '1.000',
      },
    ]);
  } finally {
    await app.close();
    await runtime.close();
    await db.drop();
  }
}

if (process.argv[1]?.endsWith('roster.bench.ts')) {
  await rosterBench();
  process.exit(0);
}
