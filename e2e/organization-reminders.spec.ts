import type { Page } from '@playwright/test';
import { DEMO_ORG_STAFF } from '../apps/server/src/db/seed/demo-organization.ts';
import { DEMO_STUDENTS } from '../apps/server/src/db/seed/demo-students.ts';
import { totpCode, waitForMailWhere } from './auth-support.ts';
import { expect, test } from './fixtures.ts';
import { phoneContext, shot } from './support.ts';

const FLOW = 'organization-reminders';
const PASSWORD = 'cay-bang-la-do-2026'; // the demo staff's password (README)
const UNIT = DEMO_ORG_STAFF.find((s) => s.role === 'org_unit')!;
const KHOA = ['Khoa Công nghệ thông tin', 'Khoa Kinh tế', 'Khoa Hàng hải'];
const emailOf = (i: number) => `sv00${i + 1}.nhac@example.vn`;

/** The six demo students as organization.spec imports them (same lớp), with their emails. */
function roster(): Buffer {
  const lines = ['Mã sinh viên,Họ và tên,Ngày sinh,Khoa,Lớp,Mã số BHXH,Email,Số điện thoại'];
  DEMO_STUDENTS.forEach((s, i) => {
    const [y, m, d] = s.birthDate.split('-');
    const code = i === 2 ? '' : s.bhxhCode;
    lines.push(
      `SV00${i + 1},${s.fullName},${d}/${m}/${y},${KHOA[i % 3]},L${i % 3}A,${code},${emailOf(i)},${s.phone}`,
    );
  });
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

async function signInOrg(page: Page, baseUrl: string) {
  await page.goto('/to-chuc');
  await page.fill('#staff-username', UNIT.username);
  await page.fill('#staff-password', PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.fill('#staff-totp', await totpCode(baseUrl, UNIT.totp));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.locator('#org-percent')).toBeVisible();
}

test('staff remind the "Chưa đăng ký" of one lớp; the link opens the form filled', async ({
  browser,
  baseUrl,
}) => {
  const phone = await phoneContext(browser, baseUrl);
  const page = await phone.newPage();
  await signInOrg(page, baseUrl);
  // The roster with emails (the same students and classes as organization.spec).
  await page.setInputFiles('#org-roster-file', {
    name: 'danh-sach.csv',
    mimeType: 'text/csv',
    buffer: roster(),
  });
  await page.getByRole('button', { name: 'Nhập danh sách' }).click();
  await expect(page.locator('#org-roster-report')).toContainText('Đã nhập xong: 6 dòng.');

  // A lớp with a "Chưa đăng ký" student whose code the school gave (other specs register some).
  const driveId = /\/dot\/([^/?#]+)/.exec(page.url())?.[1] ?? '';
  const drives = await (await page.request.get('/api/admin/org/drives')).json();
  const id = driveId || drives.drives[0].id;
  const open = await (
    await page.request.get(`/api/admin/org/drives/${id}/students?status=not_registered`)
  ).json();
  const target = (
    open.items as { className: string; bhxhCode: string | null; studentCode: string }[]
  ).find((s) => s.bhxhCode !== null);
  expect(target, 'a student not yet registered').toBeDefined();
  const lop = target!.className;

  await page.locator('#org-status').selectOption('not_registered');
  await page.locator('#org-class').selectOption(lop);
  const count = (
    await (
      await page.request.get(
        `/api/admin/org/drives/${id}/students?status=not_registered&className=${encodeURIComponent(lop)}`,
      )
    ).json()
  ).total as number;
  const rows = page.locator('#org-students tbody tr');
  await expect(rows).toHaveCount(count);
  await expect(rows.first()).toContainText('Chưa đăng ký');
  await page.locator('#org-select-all').click();
  await expect(page.locator('.org-remind__count')).toHaveText(
    `Đã chọn tất cả ${count} sinh viên khớp bộ lọc`,
  );
  for (const box of await rows.locator('input[type=checkbox]').all())
    await expect(box).toBeChecked();
  await page.locator('#org-send-reminders').scrollIntoViewIfNeeded();
  await shot(page, FLOW, '01-selected-phone');
  const since = new Date(Date.now() - 1000);
  await page.locator('#org-send-reminders').click();
  await expect(page.locator('#org-remind-result')).toContainText(`Đã gửi ${count}`);
  await expect(rows.first()).toContainText(/Đã nhắc \d{2}\/\d{2}\/\d{4}\s\d{2}:\d{2}/);
  // The same day again: skipped, and said so.
  await page.locator('#org-select-all').click();
  await page.locator('#org-send-reminders').click();
  await expect(page.locator('#org-remind-result')).toContainText(
    `Đã gửi 0, bỏ qua ${count} đã nhắc hôm nay`,
  );

  // The student opens the reminder from the mailbox.
  const i = Number(target!.studentCode.slice(2)) - 1;
  const student = DEMO_STUDENTS[i]!;
  const mail = await waitForMailWhere(
    baseUrl,
    (m) => m.to.includes(emailOf(i)) && m.subject.startsWith('Nhắc đăng ký VssID'),
    since,
  );
  const link = /https?:\/\/\S+\/dang-ky\?nhac=\S+/.exec(mail.text)?.[0];
  expect(link).toBeDefined();
  const url = new URL(link!);
  const citizen = await phoneContext(browser, baseUrl);
  const form = await citizen.newPage();
  await form.goto(`${url.pathname}${url.search}`);
  await expect(form.locator('#drive-link')).toContainText('Đã điền sẵn mã số BHXH và họ tên');
  await expect(form.locator('input[name=bhxhCode]')).toHaveValue(student.bhxhCode);
  await expect(form.locator('input[name=fullName]')).toHaveValue(student.fullName);
  // The person may still correct them.
  await form.locator('input[name=fullName]').fill(`${student.fullName} `);
  await expect(form.locator('input[name=fullName]')).toHaveValue(`${student.fullName} `);
  await form.locator('input[name=fullName]').fill(student.fullName);
  await shot(form, FLOW, '02-form-filled-phone');

  // A changed link: said so, nothing filled.
  const bad = await phoneContext(browser, baseUrl);
  const badPage = await bad.newPage();
  await badPage.goto(`${url.pathname}${url.search.replace(/.$/, (c) => (c === '0' ? '1' : '0'))}`);
  await expect(badPage.locator('#drive-link')).toContainText(
    'Liên kết đăng ký không hợp lệ. Hãy tự điền thông tin bên dưới.',
  );
  await expect(badPage.locator('input[name=bhxhCode]')).toHaveValue('');
  await bad.close();
  await citizen.close();

  // "In áp phích": the drive, its deadline, the QR code.
  await page.goto(`/to-chuc/dot/${id}`);
  await page.locator('#org-poster').click();
  await expect(page.locator('.poster__scan')).toHaveText('Quét mã để đăng ký VssID');
  await expect(page.locator('.poster__qr svg')).toBeVisible();
  await expect(page.locator('.poster__url')).toContainText('/dang-ky?dot=d1.');
  await shot(page, FLOW, '03-poster-phone');
  await phone.close();
});
