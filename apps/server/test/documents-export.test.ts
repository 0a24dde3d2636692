import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchKey } from '@vssid/domain';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accounts,
  bhytCards,
  insuredPersons,
  participationPeriods,
} from '../src/db/schema/index.ts';
import { DEMO } from '../src/db/seed/demo.ts';
import { declarationPdf } from '../src/integrations/pdf/declaration-pdf.ts';
import { FakeClock } from '../src/lib/clock.ts';
import { createTestApp, sessionHeaders, type TestApp } from './helpers.ts';
import { pdfText } from './pdf-text.ts';

/**
 * Issue 11 point 11: every PDF we produce carries real Vietnamese text (what pdftotext, a copy
 * from a viewer or a screen reader gets), and every CSV follows one documented convention.
 */
let t: TestApp;
let trang: Record<string, string>;
let demo: Record<string, string>;
let officer: Record<string, string>;
const dir = mkdtempSync(join(tmpdir(), 'vssid-docs-'));
const CODE = '3123049906';
const NAME = 'Hoàng Thu Trang';
const SCHOOL = 'Trường Đại học Hàng hải Việt Nam';

const idOf = async (column: 'bhxh_code' | 'username', value: string) =>
  (await t.runtime.database.executeSql(`select id from accounts where ${column} = $1`, [value]))
    .rows[0]!.id as string;
const get = (url: string, headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url, headers });

/** poppler's pdftotext (apt: poppler-utils), NFC-normalised. */
function pdftotext(pdf: Uint8Array, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize(
      'NFC',
    );
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('pdftotext is missing: apt-get install -y poppler-utils (README)');
    throw e;
  }
}

/**
 * The phrase comes out of pdftotext whole, and a viewer sees it as one text object (a line
 * drawn as "C" + "Ộ" + "NG…" in two fonts copies as "C Ộ NG HÒA" from Chrome's viewer).
 */
async function expectPhrases(pdf: Uint8Array, name: string, phrases: string[]) {
  const text = pdftotext(pdf, name);
  const { runs } = await pdfText(pdf);
  for (const phrase of phrases) {
    expect(text, `pdftotext of ${name}`).toContain(phrase);
    expect(
      runs.some((r) => r.normalize('NFC').includes(phrase)),
      `"${phrase}" as one text object in ${name}; runs: ${JSON.stringify(runs.slice(0, 12))}`,
    ).toBe(true);
  }
}

beforeAll(async () => {
  t = await createTestApp({
    seed: { adminUnits: true, demo: true },
    workers: false,
    clock: new FakeClock('2026-11-26T02:00:00Z'),
  });
  const { db } = t.runtime.database;
  await db.insert(insuredPersons).values({
    bhxhCode: CODE,
    // Decomposed on purpose (as typed on some keyboards): the documents must still carry "Hoàng".
    fullName: NAME.normalize('NFD'),
    nameKey: searchKey(NAME),
    birthDate: '2005-11-08',
    gender: 'female',
    provinceCode: '31',
  });
  const [acc] = await db
    .insert(accounts)
    .values({
      kind: 'citizen',
      role: 'citizen',
      bhxhCode: CODE,
      email: 'trang@example.com',
      displayName: NAME.normalize('NFD'),
      passwordHash: 'x',
      mustChangePassword: false,
    })
    .returning({ id: accounts.id });
  await db.insert(bhytCards).values({
    bhxhCode: CODE,
    cardNumber: CODE,
    facilityName: 'Bệnh viện Đa khoa Quốc tế Hải Phòng',
    facilityCode: '31001',
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    benefitLevel: '80%',
    benefitCode: '4',
    objectCode: 'SV',
    issueDate: '2026-01-01',
    issuingOffice: 'BHXH TP Hải Phòng',
  });
  await db.insert(participationPeriods).values(
    (['2023-09', '2024-09', '2025-09'] as const).map((from, i) => ({
      bhxhCode: CODE,
      scheme: 'bhyt' as const,
      fromMonth: from,
      toMonth: `${2024 + i}-08`,
      employerName: SCHOOL,
      position: 'Sinh viên',
      workplace: 'Số 484 Lạch Tray, Hải Phòng',
      contributionType: 'Học sinh, sinh viên',
      currency: 'VND',
      salary: null,
      salaryCoefficient: null,
      status: 'paid' as const,
    })),
  );
  trang = await sessionHeaders(t, acc!.id, 'citizen');
  demo = await sessionHeaders(t, await idOf('bhxh_code', DEMO.citizen.bhxhCode), 'citizen');
  officer = await sessionHeaders(t, await idOf('username', DEMO.officers.hanoi), 'staff');
}, 120_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t?.close();
});

describe('PDF documents carry extractable Vietnamese text (pdftotext)', () => {
  it('the declaration (tờ khai)', async () => {
    const pdf = await declarationPdf({
      applicationNumber: 'DK-2026-000106',
      fullName: NAME.normalize('NFD'),
      bhxhCode: '3123040106',
      birthDate: '2005-11-08',
      idNumber: '031456789',
      address: `Ký túc xá ${SCHOOL}, Phường Hồng Bàng, Thành phố Hải Phòng`,
      phone: '0987654306',
      email: 'trang@example.com',
      agencyName: 'BHXH TP Hải Phòng',
      date: '2026-11-26',
    });
    await expectPhrases(pdf, 'to-khai', [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ĐĂNG KÝ SỬ DỤNG PHƯƠNG THỨC GIAO DỊCH ĐIỆN TỬ',
      NAME,
      SCHOOL,
      'NGƯỜI KÊ KHAI',
    ]);
  });

  it('declarations made at the same time each carry their own applicant (shared parsed font)', async () => {
    const names = ['Nguyễn Thị Lan Anh', 'Phạm Quang Huy', 'Vũ Ngọc Ánh', 'Đặng Hoàng Nam'];
    const pdfs = await Promise.all(
      names.map((fullName, i) =>
        declarationPdf({
          applicationNumber: `DK-2026-00020${i}`,
          fullName,
          bhxhCode: `312304010${i + 2}`,
          birthDate: '2005-01-30',
          idNumber: '031305001300',
          address: 'Phường Kiến An, Thành phố Hải Phòng',
          phone: '0987654304',
          email: `sv${i}@example.com`,
          agencyName: 'BHXH TP Hải Phòng',
          date: '2026-11-26',
        }),
      ),
    );
    for (const [i, pdf] of pdfs.entries())
      await expectPhrases(pdf, `to-khai-${i}`, [names[i]!, `Số hồ sơ: DK-2026-00020${i}`]);
  });

  it('the BHYT card', async () => {
    const res = await get('/api/me/card.pdf', trang);
    expect(res.statusCode, res.body).toBe(200);
    await expectPhrases(res.rawPayload, 'the-bhyt', [
      'THẺ BẢO HIỂM Y TẾ',
      `Họ và tên: ${NAME}`,
      'Nơi đăng ký KCB ban đầu: Bệnh viện Đa khoa Quốc tế Hải Phòng (31001)',
      'Giá trị sử dụng: từ ngày 01/01/2026 đến ngày 31/12/2026',
    ]);
  });

  it('the participation history, in the screen order', async () => {
    const res = await get('/api/me/participation/export?format=pdf&scheme=bhyt', trang);
    expect(res.statusCode, res.body).toBe(200);
    await expectPhrases(res.rawPayload, 'qua-trinh', [
      'Quá trình tham gia BHYT',
      `${NAME} – Mã số BHXH: ${CODE}`,
      'Tổng thời gian tham gia: 3 năm',
      SCHOOL,
    ]);
    const lines = pdftotext(res.rawPayload, 'qua-trinh-order')
      .split('\n')
      .filter((l) => l.includes(SCHOOL));
    expect(lines.map((l) => l.slice(0, 17))).toEqual([
      '09/2025 - 08/2026',
      '09/2024 - 08/2025',
      '09/2023 - 08/2024',
    ]);
  });
});

type Csv = { header: string[]; rows: string[][] };
const readCsv = (body: string): Csv => {
  const [header = [], ...rows] = parse(body, { bom: true }) as string[][];
  return { header, rows };
};

describe('CSV exports: one convention, stated in the header row', () => {
  it('the history CSV shows the numbers of the screen, in its order', async () => {
    const screen = (await get('/api/me/participation?scheme=bhxh', demo)).json();
    const res = await get('/api/me/participation/export?format=csv&scheme=bhxh', demo);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(res.body).toMatch(/\r\n$/);
    const { header, rows } = readCsv(res.body);
    expect(header).toEqual([
      'Từ tháng (mm/yyyy)',
      'Đến tháng (mm/yyyy)',
      'Đơn vị công tác',
      'Chức vụ',
      'Nơi làm việc',
      'Loại hình đóng',
      'Loại tiền',
      'Tiền lương đóng BHXH (đồng)',
      'Hệ số lương (dấu phẩy thập phân)',
      'Trạng thái',
    ]);
    // What the screen prints: months mm/yyyy, "3,66" (period-detail.tsx: formatCoefficient).
    const mmYyyy = (m: string) => `${m.slice(5)}/${m.slice(0, 4)}`;
    const expected = [...screen.periods, ...screen.unpaid].map(
      (p: {
        fromMonth: string;
        toMonth: string;
        employerName: string;
        salary: number | null;
        salaryCoefficient: string | null;
        status: string;
      }) => [
        mmYyyy(p.fromMonth),
        mmYyyy(p.toMonth),
        p.employerName,
        p.salary === null ? '' : String(p.salary),
        p.salaryCoefficient === null
          ? ''
          : Number(p.salaryCoefficient).toFixed(2).replace('.', ','),
        p.status === 'paid' ? 'Đã đóng' : 'Chưa đóng',
      ],
    );
    expect(rows.map((r) => [r[0], r[1], r[2], r[7], r[8], r[9]])).toEqual(expected);
    // The issue's example: the newest row first (as on the screen), 2008 last of the paid ones.
    expect(rows[0]!.slice(0, 2)).toEqual(['10/2020', '12/2020']);
    expect(rows[0]![8]).toBe('3,66');
    expect(rows.find((r) => r[0] === '09/2008')).toEqual(
      expect.arrayContaining(['09/2008', '04/2011', '1521000', '2,34', 'Đã đóng']),
    );
    for (const r of rows) {
      expect(r[0]).toMatch(/^\d{2}\/\d{4}$/);
      expect(r[7]).toMatch(/^(\d+)?$/);
      expect(r[8]).toMatch(/^(\d+,\d{2})?$/);
    }
  });

  it('the import report (back office) follows the same convention', async () => {
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/admin/imports/participation',
      headers: { ...officer, 'content-type': 'text/csv' },
      payload:
        'bhxh_code,scheme,from_month,to_month,employer_name,employer_code,position,workplace,contribution_type,currency,salary,salary_coefficient,status\n' +
        '9999999999,bhxh,01/2020,02/2020,Công ty A,,,,,VND,1,,paid\n',
    });
    expect(upload.statusCode, upload.body).toBe(200);
    const res = await get(`/api/admin/imports/jobs/${upload.json().id}/report.csv`, officer);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const { header, rows } = readCsv(res.body);
    expect(header).toEqual(['Dòng (số nguyên)', 'Trạng thái', 'Lý do', 'Dòng gốc']);
    expect(rows).toEqual([
      [
        '2',
        'refused',
        'IMPORT_UNKNOWN_BHXH_CODE',
        '9999999999,bhxh,01/2020,02/2020,Công ty A,,,,,VND,1,,paid',
      ],
    ]);
  });
});
