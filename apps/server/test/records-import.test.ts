import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../src/db/seed/demo.ts';
import { FakeClock } from '../src/lib/clock.ts';
import { createTestApp, eventually, sessionHeaders, type TestApp } from './helpers.ts';

/** Back-office CSV imports: refusals by line, idempotence, streaming. Clock: 26/11/2026. */
let t: TestApp;
let officer: Record<string, string>;
let otherAgency: Record<string, string>;
const CODE = DEMO.citizen.bhxhCode;
const P_HEADER =
  'bhxh_code,scheme,from_month,to_month,employer_name,employer_code,position,workplace,contribution_type,currency,salary,salary_coefficient,status';

async function staffId(username: string): Promise<string> {
  const r = await t.runtime.database.executeSql('select id from accounts where username = $1', [
    username,
  ]);
  return r.rows[0]!.id as string;
}
function post(kind: string, payload: string | Readable, headers: Record<string, string> = officer) {
  return t.app.inject({
    method: 'POST',
    url: `/api/admin/imports/${kind}`,
    headers: { ...headers, 'content-type': 'text/csv' },
    payload,
  });
}
async function report(id: string): Promise<string[]> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/admin/imports/jobs/${id}/report.csv`,
    headers: officer,
  });
  expect(res.statusCode).toBe(200);
  return res.body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1);
}

beforeAll(async () => {
  t = await createTestApp({
    seed: { adminUnits: true, demo: true },
    workers: false,
    clock: new FakeClock(),
  });
  officer = await sessionHeaders(t, await staffId(DEMO.officers.hanoi), 'staff');
  otherAgency = await sessionHeaders(t, await staffId(DEMO.officers.haiphong), 'staff');
}, 120_000);
afterAll(async () => t?.close());

const FILE = [
  P_HEADER,
  `${CODE},bhxh,01/2026,03/2026,Công ty Mới,,Kỹ sư,Hà Nội,Bắt buộc,VND,8000000,,paid`, // 2 added
  `0999999999,bhxh,01/2026,03/2026,Công ty Mới,,,,,VND,8000000,,paid`, // 3 unknown code
  `${CODE},bhxh,07/2017,02/2017,Công ty Đảo,,,,,VND,8000000,,paid`, // 4 reversed
  `${CODE},bhxh,10/2026,01/2027,Công ty Tương Lai,,,,,VND,8000000,,paid`, // 5 future
  `${CODE},bhxh,04/2026,05/2026,Công ty Mới,,,,,VND,tám triệu,,paid`, // 6 salary
  `${CODE},bhtn,2026-04,2026-05,"Công ty ""Ngoặc"", Hà Nội",,,,,VND,"5.453.400,00",3.66,paid`, // 7 added
].join('\n');

describe('CSV imports', () => {
  let firstId = '';
  it('keeps good rows and refuses each bad one with its line number and reason', async () => {
    const res = await post('participation', FILE);
    expect(res.statusCode).toBe(200);
    const job = res.json();
    firstId = job.id;
    expect(job).toMatchObject({ status: 'done', rowsRead: 6, added: 2, skipped: 0, refused: 4 });
    expect((await report(job.id)).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '3,refused,IMPORT_UNKNOWN_BHXH_CODE',
      '4,refused,IMPORT_PERIOD_REVERSED',
      '5,refused,IMPORT_MONTH_IN_FUTURE',
      '6,refused,IMPORT_SALARY_NOT_NUMBER',
    ]);
    expect((await report(job.id))[1]).toContain('07/2017,02/2017');
    const bhtn = await t.runtime.database.executeSql(
      "select employer_name, salary::int as salary, salary_coefficient from participation_periods where bhxh_code = $1 and scheme = 'bhtn'",
      [CODE],
    );
    expect(bhtn.rows).toEqual([
      { employer_name: 'Công ty "Ngoặc", Hà Nội', salary: 5_453_400, salary_coefficient: '3.66' },
    ]);
  });

  it('changes nothing when the same file is imported again (rows already stored are skipped)', async () => {
    const count = async () =>
      (await t.runtime.database.executeSql('select count(*)::int as n from participation_periods'))
        .rows[0]!.n;
    const before = await count();
    const job = (await post('participation', FILE)).json();
    expect(job).toMatchObject({ added: 0, skipped: 2, refused: 4 });
    expect(await count()).toBe(before);
    expect(
      (await report(job.id))
        .filter((l) => l.includes('IMPORT_DUPLICATE'))
        .map((l) => l.split(',')[0]),
    ).toEqual(['2', '7']);
  });

  it('imports benefits, medical visits and BHYT cards; a card already on file is skipped', async () => {
    const b = await post(
      'benefits',
      `bhxh_code,category,regime,from_date,to_date,amount,paid_by\n${CODE},sickness_maternity,Ốm đau,03/02/2025,07/02/2025,1.250.000,Công ty Mới\n${CODE},one_time,BHXH một lần,2025-01-01,2024-01-01,100,X`,
    );
    expect(b.json()).toMatchObject({ added: 1, refused: 1 });
    const v = await post(
      'medical-visits',
      `bhxh_code,facility_name,facility_code,admitted_on,discharged_on,kind,icd_code,icd_name,total_cost,paid_by_bhyt,paid_by_patient\n${CODE},Bệnh viện Bạch Mai,01-001,2026-03-02,2026-03-02,outpatient,J06.9,Nhiễm trùng hô hấp trên cấp,300000,240000,60000\n${CODE},Bệnh viện Bạch Mai,01001,2027-03-02,,outpatient,J06.9,X,1,1,0`,
    );
    expect(v.json()).toMatchObject({ added: 1, refused: 1 });
    expect((await report(v.json().id))[0]).toMatch(/^3,refused,IMPORT_MONTH_IN_FUTURE,/);
    const c = await post(
      'bhyt-cards',
      `bhxh_code,card_number,old_card_number,facility_name,facility_code,valid_from,valid_to,five_years_from,benefit_level,benefit_code,object_code,issue_date,issuing_office,residence_code\n${CODE},${CODE},,Bệnh viện Đa khoa Đống Đa,01013,2026-01-01,2026-12-31,,80%,4,GD,2025-12-20,BHXH Tp. Hà Nội,`,
    );
    expect(c.json()).toMatchObject({ added: 0, skipped: 1 });
  });

  it('refuses a file whose header is not the template, and an empty body', async () => {
    const res = await post('participation', 'a,b,c\n1,2,3');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('IMPORT_HEADER_INVALID');
    const empty = await t.app.inject({
      method: 'POST',
      url: '/api/admin/imports/benefits',
      headers: officer,
      payload: {},
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('IMPORT_FILE_REQUIRED');
  });

  it('shows a job and its report to its own agency only', async () => {
    const url = `/api/admin/imports/jobs/${firstId}`;
    expect((await t.app.inject({ method: 'GET', url, headers: officer })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url, headers: otherAgency })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: `${url}/report.csv`, headers: otherAgency }))
        .statusCode,
    ).toBe(404);
  });

  it('streams a 50,000-row file: progress is stored while the upload is still arriving', async () => {
    const jobId = '3f0c6a52-8d7e-4b8a-9c1e-5a4f7d2b1c00';
    const N = 50_000;
    let progressSeen = -1;
    async function* rows() {
      yield `${P_HEADER}\n`;
      for (let i = 0; i < N; i++) {
        if (i === N / 2) {
          // Hold the second half back until the server has stored batches from the first half:
          // a server that buffered the body would never get there (the test would time out).
          progressSeen = await eventually(async () => {
            const r = await t.runtime.database.executeSql(
              'select rows_read from import_jobs where id = $1',
              [jobId],
            );
            const n = r.rows[0]?.rows_read as number | undefined;
            return n !== undefined && n >= 10_000 ? n : undefined;
          }, 60_000);
        }
        const y = 1990 + (Math.floor(i / 12) % 30);
        const m = String((i % 12) + 1).padStart(2, '0');
        yield `${CODE},bhtnld,${m}/${y},${m}/${y},Đơn vị ${i},,,,,VND,${4_000_000 + i},,paid\n`;
      }
    }
    const res = await post('participation', Readable.from(rows()), {
      ...officer,
      'x-import-id': jobId,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: jobId,
      status: 'done',
      rowsRead: N,
      added: N,
      refused: 0,
    });
    expect(progressSeen).toBeGreaterThanOrEqual(10_000);
    expect(progressSeen).toBeLessThan(N);
  }, 180_000);
});
