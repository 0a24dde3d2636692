import { decodeBhytQr, searchKey } from '@vssid/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, insuredPersons, participationPeriods } from '../src/db/schema/index.ts';
import { DEMO } from '../src/db/seed/demo.ts';
import { FakeClock } from '../src/lib/clock.ts';
import { createTestApp, sessionHeaders, type TestApp } from './helpers.ts';
import { pdfText } from './pdf-text.ts';

/** "QL cá nhân" as the demo citizen sees it, and the total-time rules through the API. */
let t: TestApp;
let demo: Record<string, string>;
let other: Record<string, string>;
const OTHER = '0177700001';

async function accountOf(code: string): Promise<string> {
  const r = await t.runtime.database.executeSql('select id from accounts where bhxh_code = $1', [
    code,
  ]);
  return r.rows[0]!.id as string;
}
const get = async (url: string, headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url, headers });

beforeAll(async () => {
  t = await createTestApp({
    seed: { adminUnits: true, demo: true },
    workers: false,
    clock: new FakeClock(),
  });
  demo = await sessionHeaders(t, await accountOf(DEMO.citizen.bhxhCode), 'citizen');
  const { db } = t.runtime.database;
  await db.insert(insuredPersons).values({
    bhxhCode: OTHER,
    fullName: 'Lê Văn Nam',
    nameKey: searchKey('Lê Văn Nam'),
    birthDate: '1990-01-01',
    gender: 'male',
    provinceCode: '01',
  });
  const [acc] = await db
    .insert(accounts)
    .values({
      kind: 'citizen',
      role: 'citizen',
      bhxhCode: OTHER,
      email: 'nam@example.com',
      displayName: 'Lê Văn Nam',
      passwordHash: 'x',
      mustChangePassword: false,
    })
    .returning({ id: accounts.id });
  const p = (
    fromMonth: string,
    toMonth: string,
    status: 'paid' | 'unpaid' = 'paid',
    employerName = 'Công ty A',
  ) => ({
    bhxhCode: OTHER,
    scheme: 'bhxh' as const,
    fromMonth,
    toMonth,
    employerName,
    status,
    salary: 5_000_000,
  });
  // 01–06/2020 and 04–12/2020 overlap (12 distinct months), a gap in 2021 with 6 unpaid months, then 3 months.
  await db
    .insert(participationPeriods)
    .values([
      p('2020-01', '2020-06'),
      p('2020-04', '2020-12', 'paid', 'Công ty B'),
      p('2021-01', '2021-06', 'unpaid', 'Công ty Nợ'),
      p('2022-01', '2022-03'),
    ]);
  other = await sessionHeaders(t, acc!.id, 'citizen');
}, 120_000);
afterAll(async () => t?.close());

describe('citizen records', () => {
  it('totals the demo citizen at 12 năm 2 tháng, unpaid months apart with the employer', async () => {
    const res = await get('/api/me/participation?scheme=bhxh', demo);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toEqual({
      months: 146,
      years: 12,
      remainingMonths: 2,
    });
    const rows = body.periods.map(
      (r: { fromMonth: string; toMonth: string }) => `${r.fromMonth}..${r.toMonth}`,
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        '2016-10..2017-05',
        '2017-06..2017-06',
        '2017-08..2017-12',
        '2020-02..2020-09',
      ]),
    );
    const vss = body.periods.find((r: { fromMonth: string }) => r.fromMonth === '2016-10');
    expect(vss.employerName).toBe('Bảo hiểm Xã hội Việt Nam');
    expect(body.unpaid.reduce((n: number, u: { months: number }) => n + u.months, 0)).toBe(2);
    expect(
      body.unpaid.every(
        (u: { employerName: string; status: string }) => u.employerName && u.status === 'unpaid',
      ),
    ).toBe(true);
    expect(body.salarySeries.length).toBeGreaterThan(0);
  });

  it('counts an overlapping month once, adds nothing for a gap and excludes unpaid months', async () => {
    const body = (await get('/api/me/participation', other)).json();
    expect(body.total).toEqual({ months: 15, years: 1, remainingMonths: 3 });
    expect(body.unpaid).toHaveLength(1);
    expect(body.unpaid[0]).toMatchObject({ employerName: 'Công ty Nợ', months: 6 });
    expect((await get('/api/me/summary', other)).json().total.months).toBe(15);
  });

  it('answers each citizen with their own records only', async () => {
    const mine = (await get('/api/me/summary', other)).json();
    expect(mine.bhxhCode).toBe(OTHER);
    expect(mine.card).toBeNull();
    const noCard = await get('/api/me/card', other);
    expect(noCard.statusCode).toBe(200);
    expect(noCard.json()).toMatchObject({ card: null, agency: { code: '001' } });
    expect((await get('/api/me/benefits?category=sickness_maternity', other)).json().items).toEqual(
      [],
    );
    expect((await get('/api/me/summary', {})).statusCode).toBe(401);
  });

  it('serves the card with a QR payload our decoder reads back', async () => {
    const card = (await get('/api/me/card', demo)).json();
    expect(card).toMatchObject({
      cardNumber: DEMO.citizen.bhxhCode,
      validTo: null,
      facilityCode: '01013',
      benefitLevel: '80%',
    });
    const qr = decodeBhytQr(card.qrPayload);
    expect(qr.ok).toBe(true);
    if (!qr.ok) return;
    expect(qr.value.fullName).toBe(DEMO.citizen.fullName);
    expect(qr.value.cardNumber).toEqual({ form: 'new', bhxhCode: DEMO.citizen.bhxhCode });
    expect(qr.value.facility.code).toBe('01013');
    expect(qr.value.validTo).toBeNull();
    expect(qr.value.fiveYearsSince?.date).toBe('2013-09-01');
    expect(card.qrPayload).toContain(Buffer.from(DEMO.citizen.fullName).toString('hex'));
  });

  it('summarises card, total and latest period in one answer', async () => {
    const s = (await get('/api/me/summary', demo)).json();
    expect(s.card.cardNumber).toBe(DEMO.citizen.bhxhCode);
    expect(s.total).toEqual({ months: 146, years: 12, remainingMonths: 2 });
    expect(s.latestPeriod.status).toBe('paid');
  });

  it('lists benefits per tab, empty tabs empty', async () => {
    const ts = (await get('/api/me/benefits?category=sickness_maternity', demo)).json();
    expect(ts.items[0]).toMatchObject({
      regime: 'childbirth',
      amount: 18_423_000,
      fromDate: '2014-09-15',
    });
    expect((await get('/api/me/benefits?category=monthly', demo)).json().items).toEqual([]);
    expect((await get('/api/me/benefits?category=nope', demo)).statusCode).toBe(400);
  });

  it('groups medical visits by year, newest first', async () => {
    const v = (await get('/api/me/medical-visits', demo)).json();
    expect(v.years.map((y: { year: number }) => y.year)).toEqual([2025, 2024, 2014]);
    expect(v.years[1].visits).toHaveLength(2);
    expect(v.years[1].visits[0]).toMatchObject({
      kind: 'inpatient',
      icdCode: 'K35.8',
      facilityCode: '01001',
    });
  });

  it('downloads the history as CSV (BOM, header) and PDF, and the card as PNG and PDF', async () => {
    const csv = await get('/api/me/participation/export?format=csv&scheme=bhxh', demo);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.body.slice(1).split('\r\n')[0]).toBe(
      'Từ tháng (mm/yyyy),Đến tháng (mm/yyyy),Đơn vị công tác,Chức vụ,Nơi làm việc,Loại hình đóng,Loại tiền,Tiền lương đóng BHXH (đồng),Hệ số lương (dấu phẩy thập phân),Trạng thái',
    );
    expect(csv.body).toContain('02/2020,09/2020');
    const pdf = await get('/api/me/participation/export?format=pdf', demo);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((await pdfText(pdf.rawPayload)).text).toContain(
      'Tổng thời gian tham gia: 12 năm 2 tháng',
    );
    const png = await get('/api/me/card.png', demo);
    expect(png.rawPayload.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    const cardPdf = await get('/api/me/card.pdf', demo);
    expect((await pdfText(cardPdf.rawPayload)).text).toContain(DEMO.citizen.fullName);
  });
});
