import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/lib/clock.ts';
import { importRepository, type Lease } from '../src/repositories/import.repository.ts';
import { stagedLine } from '../src/services/imports/staged-rows.ts';
import { createTestApp, sessionHeaders, type TestApp } from './helpers.ts';
import { type Fixture, PEOPLE, seedAuthFixture } from './support/auth-fixture.ts';

/*
 * Record imports checked set-wise (issue 12.4): the lines of the upload are COPY'd into
 * import_staged_rows and merged range by range in SQL. Every refusal keeps its reason and line
 * however far into the file, the data scope is the same rule as reading, a lost lease applies
 * nothing, and a job that died while merging is finished from the lines left.
 */
const clock = new FakeClock();
let t: TestApp;
let fx: Fixture;
let officerX: Record<string, string>;
let officerY: Record<string, string>;
const HANOI = PEOPLE.citizenA.bhxhCode; // province 01 = agency X's
const NOWHERE = PEOPLE.citizenB.bhxhCode; // no province: nobody's
const HAIPHONG = '3100000003'; // province 31 = agency Y's
const HEADER =
  'bhxh_code,scheme,from_month,to_month,employer_name,employer_code,position,workplace,contribution_type,currency,salary,salary_coefficient,status';
/** A good row for `code`, distinct for each i. */
const row = (i: number, code = HANOI, employer = `Đơn vị ${i}`) => {
  const m = `${1960 + (Math.floor(i / 12) % 60)}-${String((i % 12) + 1).padStart(2, '0')}`;
  return `${code},bhtnld,${m},${m},${employer},,,,,VND,${4_000_000 + i},,paid`;
};
const sql = async (q: string, p: unknown[] = []) =>
  (await t.runtime.database.executeSql(q, p)).rows;
const post = (body: string | Readable, headers = officerX) =>
  t.app.inject({
    method: 'POST',
    url: '/api/admin/imports/participation',
    headers: { ...headers, 'content-type': 'text/csv' },
    payload: body,
  });
async function report(id: string, headers = officerX): Promise<string[]> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/admin/imports/jobs/${id}/report.csv`,
    headers,
  });
  expect(res.statusCode).toBe(200);
  return res.body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1);
}
const head = (lines: string[]) => lines.map((l) => l.split(',').slice(0, 3).join(','));

beforeAll(async () => {
  t = await createTestApp({ clock, workers: false });
  fx = await seedAuthFixture(t);
  await sql("update insured_persons set province_code = '01' where bhxh_code = $1", [HANOI]);
  await sql(
    `insert into insured_persons (bhxh_code, full_name, name_key, birth_date, gender, id_number, province_code)
     values ($1, 'Lê Văn Cường', 'le van cuong', '1985-01-01', 'male', '031185012345', '31')`,
    [HAIPHONG],
  );
  officerX = await sessionHeaders(t, fx.ids.officerX, 'staff');
  officerY = await sessionHeaders(t, fx.ids.officerY, 'staff');
});
afterAll(async () => t?.close());

describe('a 50,000-row participation file', () => {
  it('keeps the line and reason of every refusal, wherever it is in the file', async () => {
    const N = 50_000;
    // Special rows by data-row index; line = index + 2, plus one after the two-line record.
    const special: Record<number, string> = {
      0: row(0, '0999999999'), // line 2: unknown person
      1: row(1, HAIPHONG), // line 3: another province's person
      2: row(2, NOWHERE), // line 4: a person without a province
      100: row(100, HANOI, '"Công ty\nHai Dòng"'), // lines 102-103: one record on two lines
      30000: row(30_000).replace('bhtnld', 'xyz'), // line 30003: scheme invalid
      40000: row(40_000, HANOI, '"Tab\tvà \\gạch"'), // line 40003: tab and backslash kept
      45000: row(45_000, HAIPHONG), // line 45003: out of scope
      [N - 2]: row(7), // line N+1: the same as line 9 → skipped
      [N - 1]: row(N - 1, '0999999998'), // line N+2: unknown person
    };
    async function* file() {
      yield `${HEADER}\n`;
      let chunk = '';
      for (let i = 0; i < N; i++) {
        chunk += `${special[i] ?? row(i)}\n`;
        if (chunk.length > 60_000) {
          yield chunk;
          chunk = '';
        }
      }
      yield chunk;
    }
    const res = await post(Readable.from(file()));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'done',
      rowsRead: N,
      added: N - 7,
      skipped: 1,
      refused: 6,
    });
    const lines = await report(res.json().id);
    expect(head(lines)).toEqual([
      '2,refused,IMPORT_UNKNOWN_BHXH_CODE',
      '3,refused,IMPORT_OUT_OF_SCOPE',
      '4,refused,IMPORT_OUT_OF_SCOPE',
      '30003,refused,IMPORT_FIELD_INVALID',
      '45003,refused,IMPORT_OUT_OF_SCOPE',
      `${N + 1},skipped,IMPORT_DUPLICATE`,
      `${N + 2},refused,IMPORT_UNKNOWN_BHXH_CODE`,
    ]);
    expect(lines[3]).toContain(',xyz,');
    expect(lines[5]).toContain('Đơn vị 7');
    const stored = await sql(
      "select employer_name from participation_periods where employer_name like 'Công ty%' or employer_name like 'Tab%' order by 1",
    );
    expect(stored.map((r) => r.employer_name)).toEqual(['Công ty\nHai Dòng', 'Tab\tvà \\gạch']);
    expect(await sql('select * from import_staged_rows')).toEqual([]);
  }, 300_000);
});

describe('data scope, set-wise', () => {
  it("refuses another province's people with the same reason as row by row, for each agency", async () => {
    const file = [HEADER, row(60_001, HAIPHONG), row(60_002, HANOI), row(60_003, NOWHERE)].join(
      '\n',
    );
    const x = await post(file, officerX);
    expect(x.json()).toMatchObject({ added: 1, refused: 2 });
    expect(head(await report(x.json().id))).toEqual([
      '2,refused,IMPORT_OUT_OF_SCOPE',
      '4,refused,IMPORT_OUT_OF_SCOPE',
    ]);
    const y = await post(file, officerY);
    expect(y.json()).toMatchObject({ added: 1, refused: 2 });
    expect(head(await report(y.json().id, officerY))).toEqual([
      '3,refused,IMPORT_OUT_OF_SCOPE',
      '4,refused,IMPORT_OUT_OF_SCOPE',
    ]);
    const owners = await sql(
      "select bhxh_code from participation_periods where employer_name in ('Đơn vị 60001', 'Đơn vị 60002', 'Đơn vị 60003') order by 1",
    );
    expect(owners.map((r) => r.bhxh_code)).toEqual([HANOI, HAIPHONG]);
  });
});

describe('the merge of staged lines', () => {
  const repo = () => importRepository(t.runtime.database);
  async function job(owner: string, stage: 'reading' | 'applying' = 'applying') {
    const id = randomUUID();
    await sql(
      `insert into import_jobs (id, kind, officer_account_id, agency_id, status, stage, lease_owner, lease_until, started_at)
       values ($1, 'participation', $2, $3, 'running', $4, $5, $6, $7)`,
      [
        id,
        fx.ids.officerX,
        fx.agencyX,
        stage,
        owner,
        new Date(clock.now().getTime() + 60_000),
        clock.now(),
      ],
    );
    return id;
  }
  const values = (i: number) => ({
    bhxhCode: HANOI,
    scheme: 'bhtnld',
    fromMonth: `1900-${String(i).padStart(2, '0')}`,
    toMonth: `1900-${String(i).padStart(2, '0')}`,
    employerName: `Đơn vị trộn ${i}`,
    employerCode: null,
    position: null,
    workplace: null,
    contributionType: null,
    currency: 'VND',
    salary: 1000 * i,
    salaryCoefficient: null,
    status: 'paid',
  });
  const lines = (jobId: string, from: number, to: number) => {
    let s = '';
    for (let i = from; i < to; i++)
      s += stagedLine('participation', jobId, {
        line: i,
        raw: `r${i}`,
        values: i === 3 ? null : values(i),
        reason: i === 3 ? 'IMPORT_FIELD_REQUIRED' : null,
      });
    return s;
  };
  const count = async () =>
    (
      await sql(
        "select count(*)::int as n from participation_periods where employer_name like 'Đơn vị trộn %'",
      )
    )[0]!.n as number;

  it('applies nothing, and stages nothing, once the lease is lost', async () => {
    const lease: Lease = { jobId: await job('me'), owner: 'me' };
    await repo().stageRows(lease, lines(lease.jobId, 2, 6), 4);
    await sql("update import_jobs set lease_owner = 'another process' where id = $1", [
      lease.jobId,
    ]);
    const before = await count();
    await expect(repo().mergeRecords(lease, 'participation', '01', 2, 6)).rejects.toThrow(/lease/);
    await expect(repo().stageRows(lease, lines(lease.jobId, 6, 8), 2)).rejects.toThrow(/lease/);
    expect(await count()).toBe(before);
    expect(
      await sql('select line from import_staged_rows where job_id = $1 order by line', [
        lease.jobId,
      ]),
    ).toEqual([2, 3, 4, 5].map((line) => ({ line })));
    expect(await sql('select * from import_report_lines where job_id = $1', [lease.jobId])).toEqual(
      [],
    );
    expect(
      (await sql('select rows_read, added from import_jobs where id = $1', [lease.jobId]))[0],
    ).toEqual({
      rows_read: 4,
      added: 0,
    });
  });

  it('is finished by the sweep from the lines left when the process died merging', async () => {
    const lease: Lease = { jobId: await job('dead process'), owner: 'dead process' };
    await repo().stageRows(lease, lines(lease.jobId, 2, 8), 6);
    expect(await repo().mergeRecords(lease, 'participation', '01', 2, 4)).toEqual({
      added: 1,
      skipped: 0,
      refused: 1,
    });
    await sql('update import_jobs set lease_until = $2 where id = $1', [
      lease.jobId,
      new Date(clock.now().getTime() - 1000),
    ]);
    const before = await count();
    expect(await t.runtime.services.imports.sweep()).toMatchObject({ resumed: 1 });
    const done = await t.app.inject({
      method: 'GET',
      url: `/api/admin/imports/jobs/${lease.jobId}`,
      headers: officerX,
    });
    expect(done.json()).toMatchObject({ status: 'done', rowsRead: 6, added: 5, refused: 1 });
    expect(await count()).toBe(before + 4);
    expect(head(await report(lease.jobId))).toEqual(['3,refused,IMPORT_FIELD_REQUIRED']);
    expect(await sql('select * from import_staged_rows where job_id = $1', [lease.jobId])).toEqual(
      [],
    );
  });
});
