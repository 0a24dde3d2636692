import type { APIRequestContext, Page } from '@playwright/test';
import sharp from 'sharp';
import { DEMO } from '../apps/server/src/db/seed/demo.ts';
import { DEMO_STAFF } from '../apps/server/src/db/seed/demo-staff.ts';
import { DEMO_STUDENTS, type DemoStudent } from '../apps/server/src/db/seed/demo-students.ts';
import { type Mail, signInStaff, waitForMailWhere } from './auth-support.ts';
import { expect, test } from './fixtures.ts';
import { DESK, deskContext, PHONE, shot } from './support.ts';

const FLOW = 'backoffice-keyboard';
// Lan Anh (organization.spec registers her again afterwards), Hoàng Nam and Thu Trang (CMND, so her application carries
// both sides of the ID as well as the portrait). All specs run on one server: backoffice-photos
// registers Nam and registration-identity walks Trang's step 1 after this spec, so both leave
// here refused (a refused applicant may register again), never pending or approved.
const STUDENTS = ['3123040102', '3123040105', '3123040106'].map(
  (code) => DEMO_STUDENTS.find((s) => s.bhxhCode === code)!,
);
const OFFICER = DEMO_STAFF.find((s) => s.username === 'haiphong.officer')!;
const emailOf = (s: DemoStudent) => `keys.${s.bhxhCode}@example.vn`;

/** Steps 1–4 of "Đăng ký tài khoản" through the API the screens use; returns the number. */
async function registerThroughApi(api: APIRequestContext, baseUrl: string, s: DemoStudent) {
  const draft = await api.post('/api/registrations');
  expect(draft.status()).toBe(201);
  const { id, draftToken } = (await draft.json()) as { id: string; draftToken: string };
  const headers = { 'x-draft-token': draftToken };
  const url = (p: string) => `/api/registrations/${id}${p}`;
  const { bhxhCode, fullName, idNumber, birthDate, provinceCode, communeCode, street, phone } = s;
  const applicant = await api.put(url('/applicant'), {
    headers,
    data: { bhxhCode, fullName, idNumber, birthDate, provinceCode, communeCode, street, phone },
  });
  expect(applicant.status(), await applicant.text()).toBe(200);
  expect((await api.put(url('/consent'), { headers, data: { accepted: true } })).status()).toBe(
    200,
  );
  const jpeg = await sharp({
    create: { width: 640, height: 480, channels: 3, background: '#9fc5e8' },
  })
    .jpeg()
    .toBuffer();
  for (const kind of (await applicant.json()).requiredPhotos as string[]) {
    const photo = await api.put(url(`/photos/${kind}`), {
      headers: { ...headers, 'content-type': 'image/jpeg' },
      data: jpeg,
    });
    expect(photo.status()).toBe(200);
  }
  const agencies = await api.get(`/api/agencies?provinceCode=${s.provinceCode}`);
  const agency = ((await agencies.json()).items as { id: string; code: string }[]).find(
    (a) => a.code === '031',
  )!;
  const since = new Date(Date.now() - 1000);
  const email = emailOf(s);
  const otp = await api.post(url('/otp'), { headers, data: { agencyId: agency.id, email } });
  expect(otp.status(), await otp.text()).toBe(200);
  const mail = await waitForMailWhere(
    baseUrl,
    (m) => m.to.includes(email) && /\b\d{6}\b/.test(m.text),
    since,
  );
  const code = /\b(\d{6})\b/.exec(mail.text)![1];
  const submitted = await api.post(url('/submit'), { headers, data: { otp: code } });
  expect(submitted.status(), await submitted.text()).toBe(200);
  return { id, number: (await submitted.json()).applicationNumber as string };
}

const APPROVED = 'ID và mật khẩu tài khoản VssID của bạn';
async function mailsTo(baseUrl: string, to: string): Promise<Mail[]> {
  const mails = (await (await fetch(`${baseUrl}/dev/mail/api/messages`)).json()) as Mail[];
  return mails.filter((m) => m.to.includes(to));
}

test.describe.configure({ mode: 'serial' });

test.describe('Issue 13: an officer reviews the queue with the keyboard', () => {
  let admin: Page;
  const apps: { id: string; number: string }[] = [];

  test.beforeAll(async ({ browser, baseUrl }) => {
    const api = await (await deskContext(browser, baseUrl)).newPage();
    for (const s of STUDENTS) apps.push(await registerThroughApi(api.request, baseUrl, s));
    await api.context().close();
    admin = await (await deskContext(browser, baseUrl)).newPage();
    await signInStaff(admin, baseUrl, OFFICER, DEMO.password);
  });
  test.afterAll(async () => admin?.context().close());

  test('approves with A + Enter, undoes with U, refuses with R, 1, Enter; only the refusal is mailed', async ({
    baseUrl,
  }) => {
    const [lanAnh, nam, trang] = apps as [(typeof apps)[0], (typeof apps)[0], (typeof apps)[0]];
    // The queue (waiting applications, newest first: ours): J opens the first one.
    await admin.goto('/admin/ho-so');
    await expect(admin.locator('#queue-table tbody tr').first()).toContainText(trang.number);
    await admin.keyboard.press('j');
    await expect(admin).toHaveURL(new RegExp(`/admin/ho-so/${trang.id}`));
    await expect(admin.locator('#shortcut-legend')).toContainText('Duyệt');
    // Decisions wait for the photos: portrait and both sides of the CMND.
    await expect(admin.locator('.bo-photo[data-state="loaded"]')).toHaveCount(3);
    await expect(admin.locator('#approve-button')).toBeEnabled();
    await shot(admin, FLOW, '01-review-desk');

    // "?" lists every shortcut; Escape closes it.
    await admin.keyboard.press('Shift+Slash');
    await expect(admin.locator('#shortcut-help')).toBeVisible();
    await expect(admin.locator('#shortcut-help')).toContainText('Hoàn tác');
    await shot(admin, FLOW, '02-shortcut-help');
    await admin.keyboard.press('Escape');
    await expect(admin.locator('#shortcut-help')).toHaveCount(0);

    await admin.keyboard.press('a');
    await expect(admin.locator('#approve-dialog')).toBeVisible();
    await expect(
      admin.locator('#approve-dialog').getByRole('button', { name: 'Xác nhận duyệt' }),
    ).toBeFocused();
    await admin.keyboard.press('Enter');
    // The next waiting application opens; the bar offers "Hoàn tác" for the one just approved.
    await expect(admin).toHaveURL(new RegExp(`/admin/ho-so/${nam.id}`));
    await expect(admin.locator('#decision-done')).toContainText(`Đã duyệt hồ sơ ${trang.number}`);
    await shot(admin, FLOW, '03-approved-undo-offered');
    await admin.keyboard.press('u');
    await expect(admin).toHaveURL(new RegExp(`/admin/ho-so/${trang.id}`));
    await expect(admin.locator('#undo-outcome')).toContainText('Đã hoàn tác');
    await expect(admin.locator('.bo-detail__meta')).toContainText('Chờ duyệt');

    await expect(admin.locator('#reject-button')).toBeEnabled();
    await admin.keyboard.press('r');
    await expect(admin.locator('#reject-dialog')).toBeVisible();
    await expect(admin.locator('#reject-reason-photo_unclear')).toBeFocused();
    await admin.keyboard.press('1');
    await expect(admin.locator('#reject-reason-photo_unclear')).toBeChecked();
    // Letters and Enter typed in the message are text, not commands; Ctrl+Enter confirms.
    await admin.locator('#reject-note').click();
    await admin.keyboard.type('Ảnh mờ, jk ar');
    await admin.keyboard.press('Enter');
    await expect(admin.locator('#reject-note')).toHaveValue('Ảnh mờ, jk ar\n');
    await expect(admin).toHaveURL(new RegExp(`/admin/ho-so/${trang.id}`));
    await shot(admin, FLOW, '04-reject-reason');
    await admin.keyboard.press('Control+Enter');
    await expect(admin).toHaveURL(new RegExp(`/admin/ho-so/${nam.id}`));
    await expect(admin.locator('#decision-done')).toContainText(`Đã từ chối hồ sơ ${trang.number}`);

    // J and K walk the filtered queue (newest first: Hoàng Nam, then Lan Anh).
    // (once the screen knows its neighbours: the buttons for the same moves are enabled then)
    await expect(admin.getByRole('button', { name: 'Hồ sơ sau' })).toBeEnabled();
    await admin.keyboard.press('j');
    await expect(admin).toHaveURL(new RegExp(`/admin/ho-so/${lanAnh.id}`));
    await expect(admin.getByRole('button', { name: 'Hồ sơ trước' })).toBeEnabled();
    await admin.keyboard.press('k');
    await expect(admin).toHaveURL(new RegExp(`/admin/ho-so/${nam.id}`));
    // Refuse Nam with another reason (2: "Thông tin không khớp"); Lan Anh, the next, opens.
    await expect(admin.locator('#reject-button')).toBeEnabled();
    await admin.keyboard.press('r');
    await expect(admin.locator('#reject-dialog')).toBeVisible();
    await admin.keyboard.press('2');
    await expect(admin.locator('#reject-reason-data_mismatch')).toBeChecked();
    await admin.keyboard.press('Enter');
    await expect(admin).toHaveURL(new RegExp(`/admin/ho-so/${lanAnh.id}`));
    await expect(admin.locator('#decision-done')).toContainText(`Đã từ chối hồ sơ ${nam.number}`);

    // The refusal arrives once its window is over; the undone approval never does (its window
    // closed before the refusal's, so it would be in the mailbox by now).
    const refusal = await waitForMailWhere(
      baseUrl,
      (m) => m.to.includes(emailOf(STUDENTS[2]!)) && m.subject.endsWith('chưa được duyệt'),
    );
    expect(refusal.text).toContain('Ảnh không rõ');
    expect(refusal.text).toContain('Ảnh mờ, jk ar');
    const mails = await mailsTo(baseUrl, emailOf(STUDENTS[2]!));
    expect(mails.map((m) => m.subject).filter((s) => s === APPROVED)).toEqual([]);
    expect(mails.filter((m) => m.subject.endsWith('chưa được duyệt'))).toHaveLength(1);
  });

  test('a photo that does not load says so and blocks "Duyệt" until it is loaded again', async () => {
    const lanAnh = apps[0]!;
    await admin.route('**/photos/portrait*', (route) => route.abort());
    await admin.goto(`/admin/ho-so/${lanAnh.id}`);
    await expect(admin.locator('.bo-photo__failed')).toContainText('Không tải được');
    await expect(admin.locator('#approve-button')).toBeDisabled();
    await expect(admin.locator('#decision-blocked')).toContainText('chưa thể duyệt');
    await admin.keyboard.press('a');
    await expect(admin.locator('#approve-dialog')).toHaveCount(0);
    await shot(admin, FLOW, '05-photo-failed');
    await admin.unroute('**/photos/portrait*');
    await admin.getByRole('button', { name: 'Tải lại ảnh' }).click();
    await expect(admin.locator('#approve-button')).toBeEnabled();
  });

  test('the review screen at phone width keeps the decision and the undo bar usable', async () => {
    await admin.setViewportSize(PHONE);
    await admin.goto(`/admin/ho-so/${apps[0]!.id}`);
    await expect(admin.locator('#approve-button')).toBeEnabled();
    await shot(admin, FLOW, '06-review-phone');
    await admin.setViewportSize(DESK);
    // Lan Anh leaves refused like the others (never pending): organization.spec, later on the
    // same server, registers her again and has an officer approve her.
    await admin.keyboard.press('r');
    await expect(admin.locator('#reject-dialog')).toBeVisible();
    await admin.keyboard.press('1');
    await admin.keyboard.press('Enter');
    await expect(admin.locator('#decision-done')).toContainText(
      `Đã từ chối hồ sơ ${apps[0]!.number}`,
    );
  });
});
