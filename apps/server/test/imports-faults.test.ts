import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/lib/clock.ts';
import { createTestApp, sessionHeaders, type TestApp } from './helpers.ts';
import { type Fixture, PEOPLE, seedAuthFixture } from './support/auth-fixture.ts';

/*
 * Imports under faults (issue 10 item 6): a file that is not valid CSV text is refused whole with
 * its line (validate-then-commit: nothing applied), a reused x-import-id is 409, a job whose
 * process died does not stay running (the sweep fails or resumes it), and the CSV we write opens
 * safely in a spreadsheet.
 */
const clock = new FakeClock();
let t: TestApp;
let fx: Fixture;
let officer: Record<string, string>;
const CODE = PEOPLE.citizenA.bhxhCode;
const HEADER =
  'bhxh_code,scheme,from_month,to_month,employer_name,employer_code,position,workplace,contribution_type,currency,salary,salary_coefficient,status';
/** Data row i (line i + 2): a distinct month each, so every row of a good file is added. */
const row = (i: number, employer = `Đơn vị ${i}`) =>
  `${CODE},bhtnld,${String((i % 12) + 1).padStart(2, '0')}/${1990 + Math.floor(i / 12)},${String((i % 12) + 1).padStart(2, '0')}/${1990 + Math.floor(i / 12)},${employer},,,,,VND,5000000,,paid`;
const sql = async (q: string, p: unknown[] = []) =>
  (await t.runtime.database.executeSql(q, p)).rows;
const periods = async () =>
  (
    await sql('select count(*)::int as n from participation_periods where bhxh_code = $1', [CODE])
  )[0]!.n as number;
const post = (body: string | Buffer, id?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/admin/imports/participation',
    headers: { ...officer, 'content-type': 'text/csv', ...(id ? { 'x-import-id': id } : {}) },
    payload: body,
  });

beforeAll(async () => {
  t = await createTestApp({ clock, workers: false });
  fx = await seedAuthFixture(t);
  await sql("update insured_persons set province_code = '01' where bhxh_code = $1", [CODE]);
  officer = await sessionHeaders(t, fx.ids.officerX, 'staff');
});
afterAll(async () => t?.close());

describe('a file that is not valid CSV', () => {
  /** 3,000 data rows (3 batches) with line 2,502 broken as `bad` says. */
  const broken = (bad: string) => {
    const lines = [HEADER];
    for (let i = 0; i < 3000; i++) lines.push(i === 2500 ? bad : row(i));
    return lines.join('\n');
  };
  const CASES: [string, string | Buffer][] = [
    [
      'an unclosed quote',
      broken(`${CODE},bhtnld,01/2020,01/2020,"Công ty chưa đóng,,,,,VND,1,,paid`),
    ],
    ['a stray quote', broken(`${CODE},bhtnld,01/2020,01/2020,Công ty "Lạc",,,,,VND,1,,paid`)],
    [
      'text after a closing quote',
      broken(`${CODE},bhtnld,01/2020,01/2020,"Công ty"x,,,,,VND,1,,paid`),
    ],
    ['a NUL byte', broken(`${CODE},bhtnld,01/2020,01/2020,Công\u0000ty,,,,,VND,1,,paid`)],
    [
      'invalid UTF-8 (binary)',
      Buffer.concat([
        Buffer.from(`${broken('MARK').split('MARK')[0]}`),
        Buffer.from([0xff, 0xfe, 0x00, 0x9c, 0x80, 0x0a]),
        Buffer.from(broken('MARK').split('MARK')[1]!),
      ]),
    ],
  ];
  for (const [what, body] of CASES)
    it(`is refused whole, with its line, for ${what}`, async () => {
      const before = await periods();
      const id = randomUUID();
      const res = await post(body, id);
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'IMPORT_FILE_MALFORMED', line: 2502 });
      expect(res.json().error.message).toMatch(/CSV/);
      expect(await periods()).toBe(before); // nothing half-imported (2,000 rows were before)
      const job = await t.app.inject({
        method: 'GET',
        url: `/api/admin/imports/jobs/${id}`,
        headers: officer,
      });
      expect(job.json()).toMatchObject({
        status: 'failed',
        errorCode: 'IMPORT_FILE_MALFORMED',
        errorLine: 2502,
        added: 0,
      });
      expect(await sql('select * from import_staged_batches where job_id = $1', [id])).toEqual([]);
    });

  it('refuses a file that is binary from its first byte at line 1', async () => {
    const res = await post(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x08, 0x00]));
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'IMPORT_FILE_MALFORMED', line: 1 });
  });
});

describe('an import id used twice', () => {
  it('answers 409 in Vietnamese and leaves the first job as it was', async () => {
    const id = randomUUID();
    const first = await post(`${HEADER}\n${row(1)}`, id);
    expect(first.json()).toMatchObject({ status: 'done', added: 1 });
    const again = await post(`${HEADER}\n${row(2)}`, id);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('IMPORT_ID_TAKEN');
    expect(again.json().error.message).toContain('đã được dùng');
    const job = await t.app.inject({
      method: 'GET',
      url: `/api/admin/imports/jobs/${id}`,
      headers: officer,
    });
    expect(job.json()).toMatchObject({ status: 'done', rowsRead: 1, added: 1 });
  });
});

describe('a job whose process died', () => {
  const expired = () => new Date(clock.now().getTime() - 1000);
  async function job(stage: 'reading' | 'applying', leaseUntil: Date | null) {
    const id = randomUUID();
    await sql(
      `insert into import_jobs (id, kind, officer_account_id, agency_id, status, stage, lease_owner, lease_until, rows_read, started_at)
       values ($1, 'participation', $2, $3, 'running', $4, 'dead-process', $5, 2, $6)`,
      [id, fx.ids.officerX, fx.agencyX, stage, leaseUntil, clock.now()],
    );
    return id;
  }
  /** One staged batch, as the read step would have left it. */
  const stage = (id: string, seq: number, rows: object[]) =>
    sql('insert into import_staged_batches (job_id, seq, rows) values ($1, $2, $3)', [
      id,
      seq,
      JSON.stringify(rows),
    ]);
  const status = async (id: string) =>
    (
      await t.app.inject({ method: 'GET', url: `/api/admin/imports/jobs/${id}`, headers: officer })
    ).json();

  it('is failed by the sweep when it died reading its upload (nothing of it was applied)', async () => {
    const id = await job('reading', expired());
    await stage(id, 0, [{ line: 2, raw: 'x', values: { bhxhCode: CODE }, reason: null }]);
    const live = await job('reading', new Date(clock.now().getTime() + 60_000));
    await t.runtime.services.imports.sweep();
    expect(await status(id)).toMatchObject({
      status: 'failed',
      errorCode: 'IMPORT_FAILED',
      added: 0,
    });
    expect(await sql('select * from import_staged_batches where job_id = $1', [id])).toEqual([]);
    expect(await status(live)).toMatchObject({ status: 'running' }); // its process is alive
  });

  it('is resumed by the sweep from its staged rows when it died applying them', async () => {
    const before = await periods();
    const id = await job('applying', expired());
    const values = {
      bhxhCode: CODE,
      scheme: 'bhtnld',
      fromMonth: '1985-01',
      toMonth: '1985-02',
      employerName: 'Đơn vị tiếp tục',
      employerCode: null,
      position: null,
      workplace: null,
      contributionType: null,
      currency: 'VND',
      salary: 4000000,
      salaryCoefficient: null,
      status: 'paid',
    };
    // Batch 0 was applied before the process died (and deleted with it); 1 and 2 are left.
    await stage(id, 1, [{ line: 1002, raw: 'a', values, reason: null }]);
    await stage(id, 2, [{ line: 2002, raw: 'b', values: null, reason: 'IMPORT_FIELD_INVALID' }]);
    expect(await t.runtime.services.imports.sweep()).toMatchObject({ resumed: 1 });
    expect(await status(id)).toMatchObject({ status: 'done', added: 1, refused: 1 });
    expect(await periods()).toBe(before + 1);
    expect(await sql('select * from import_staged_batches where job_id = $1', [id])).toEqual([]);
    // A second sweep finds nothing to do.
    expect(await t.runtime.services.imports.sweep()).toEqual({ failed: 0, resumed: 0 });
  });

  it('is failed, not finished, when staged lines vanished (a PostgreSQL crash empties the unlogged staging table)', async () => {
    // Unlogged on PostgreSQL; on PGlite (the database lives in the app's process) logged.
    expect(
      await sql("select relpersistence from pg_class where relname = 'import_staged_rows'"),
    ).toEqual([{ relpersistence: t.runtime.database.driver === 'postgres' ? 'u' : 'p' }]);
    const before = await periods();
    const id = await job('applying', expired()); // rows_read 2
    // Only one of the two lines read is still staged: the other vanished, merged by nobody.
    await sql(
      `insert into import_staged_rows (job_id, line, raw, bhxh_code, c1, c2, c3, c4, c9, c10, c12)
       values ($1, 3, 'x', $2, 'bhtnld', '1984-01', '1984-01', 'Đơn vị mất', 'VND', '4000000', 'paid')`,
      [id, CODE],
    );
    expect(await t.runtime.services.imports.sweep()).toEqual({ failed: 1, resumed: 0 });
    expect(await status(id)).toMatchObject({
      status: 'failed',
      errorCode: 'IMPORT_FAILED',
      added: 0,
    });
    expect(await periods()).toBe(before); // nothing of it applied
    expect(await sql('select * from import_staged_rows where job_id = $1', [id])).toEqual([]);
    // With every line accounted for (merged or staged), the same resume finishes the job.
    const whole = await job('applying', expired());
    await sql(
      `insert into import_staged_rows (job_id, line, raw, bhxh_code, c1, c2, c3, c4, c9, c10, c12)
       select $1, n, 'y', $2, 'bhtnld', '1983-0' || n, '1983-0' || n, 'Đơn vị đủ', 'VND', '4000000', 'paid'
       from generate_series(2, 3) n`,
      [whole, CODE],
    );
    expect(await t.runtime.services.imports.sweep()).toEqual({ failed: 0, resumed: 1 });
    expect(await status(whole)).toMatchObject({ status: 'done', added: 2 });
  });
});

describe('CSV we write', () => {
  it("neutralises formula cells in the import report and the citizen's history export", async () => {
    const formula = "=2+5*cmd|' /C calc'!A0";
    const res = await post(
      `${HEADER}\n${formula},bhxh,01/2020,01/2020,X,,,,,VND,1,,paid\n${row(3, '@SUM(1+1)')}`,
    );
    expect(res.json()).toMatchObject({ added: 1, refused: 1 });
    const report = await t.app.inject({
      method: 'GET',
      url: `/api/admin/imports/jobs/${res.json().id}/report.csv`,
      headers: officer,
    });
    const line = report.body.split('\r\n')[1]!;
    expect(line.startsWith('2,refused,IMPORT_UNKNOWN_BHXH_CODE,')).toBe(true);
    expect(line.slice('2,refused,IMPORT_UNKNOWN_BHXH_CODE,'.length)).toMatch(/^"'=2\+5\*cmd/);

    const citizen = await sessionHeaders(t, fx.ids.citizenA, 'citizen');
    const csv = await t.app.inject({
      method: 'GET',
      url: '/api/me/participation/export?format=csv&scheme=bhtnld',
      headers: citizen,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(",'@SUM(1+1),");
    expect(csv.body).not.toMatch(/(^|,)@SUM/m);
  });
});
