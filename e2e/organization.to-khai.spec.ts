import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import sharp from 'sharp';
import { DEMO_ORG_STAFF } from '../apps/server/src/db/seed/demo-organization.ts';
import { totpCode } from './auth-support.ts';
import { expect, test } from './fixtures.ts';
import { PHONE, shot } from './support.ts';

/**
 * "Đã nộp tờ khai" (issue 13). Named to run right after organization.spec.ts (Playwright sorts
 * files by name): that spec imports the roster and has Nguyễn Thị Lan Anh registered and
 * approved. Here her declaration — the PDF the submission mail carried — is received twice: its
 * number typed by hand (then undone, a mistaken scan), and its QR code scanned by the phone's
 * camera, which Chromium is given as a fake video stream made from the PDF's own QR image.
 */
const FLOW = 'organization-declarations';
const PASSWORD = 'cay-bang-la-do-2026'; // the demo staff's password (README)
const UNIT = DEMO_ORG_STAFF.find((s) => s.role === 'org_unit')!;
const EMAIL = 'lananh.drive@example.vn'; // organization.spec.ts registered her with it
const W = 640;
const H = 480;

type MailWithFiles = {
  id: string;
  to: string[];
  text: string;
  attachments: { index: number; contentType: string; filename: string | null }[];
};

/** The declaration PDF mailed to Lan Anh when she submitted, and its application number. */
async function declaration(baseUrl: string): Promise<{ number: string; pdf: Buffer }> {
  const mails = (await (await fetch(`${baseUrl}/dev/mail/api/messages`)).json()) as MailWithFiles[];
  // The submission mail's "to-khai-dang-ky-<number>.pdf" (submission-mail.ts).
  const isDeclaration = (a: MailWithFiles['attachments'][number]) =>
    /^to-khai-dang-ky-DK-\d{4}-\d{6}\.pdf$/.test(a.filename ?? '');
  const mail = mails.find((m) => m.to.includes(EMAIL) && m.attachments.some(isDeclaration));
  expect(mail, 'organization.spec.ts registered Lan Anh first').toBeDefined();
  const att = mail!.attachments.find(isDeclaration)!;
  const number = /DK-\d{4}-\d{6}/.exec(att.filename!)![0];
  const res = await fetch(`${baseUrl}/dev/mail/${mail!.id}/attachments/${att.index}`);
  return { number: number!, pdf: Buffer.from(await res.arrayBuffer()) };
}

/**
 * A Y4M video (what Chromium's --use-file-for-fake-video-capture plays in a loop) showing the
 * QR image embedded in the declaration PDF (poppler's pdfimages), on white paper.
 */
async function qrVideo(pdf: Buffer): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'to-khai-'));
  writeFileSync(path.join(dir, 'to-khai.pdf'), pdf);
  execFileSync('pdfimages', ['-png', path.join(dir, 'to-khai.pdf'), path.join(dir, 'img')]);
  const image = readdirSync(dir).find((f) => f.startsWith('img') && f.endsWith('.png'))!;
  const qr = await sharp(path.join(dir, image)).resize(300, 300, { kernel: 'nearest' }).toBuffer();
  const y = await sharp({ create: { width: W, height: H, channels: 3, background: '#ffffff' } })
    .composite([{ input: qr, left: (W - 300) / 2, top: (H - 300) / 2 }])
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: false });
  const luma = y.length === W * H ? y : Buffer.from(y.filter((_v, i) => i % 3 === 0));
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const file = path.join(dir, 'qr.y4m');
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]),
  );
  return file;
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

test('/to-chuc: the signed declaration is received by its typed number and by its QR code', async ({
  baseUrl,
}) => {
  const { number, pdf } = await declaration(baseUrl);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${await qrVideo(pdf)}`,
    ],
  });
  try {
    const phone = await browser.newContext({
      baseURL: baseUrl,
      viewport: PHONE,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
      permissions: ['camera'],
    });
    const page = await phone.newPage();
    await signInOrg(page, baseUrl);
    await expect(page.locator('.org-count--declared .org-count__label')).toHaveText(
      'Đã nộp tờ khai',
    );
    await expect(page.locator('.org-count--declared .org-count__n')).toHaveText('0');
    await page.getByRole('link', { name: 'Nhận tờ khai đã ký' }).click();
    await expect(page.locator('h1')).toHaveText('Nhận tờ khai đã ký');

    // Nothing typed, then a number nobody has: said under the field, what was typed kept.
    const field = page.getByLabel('Mã hồ sơ');
    await page.getByRole('button', { name: 'Xác nhận đã nhận' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Vui lòng nhập mã hồ sơ in trên tờ khai (ví dụ DK-2026-000123).',
    );
    await field.fill('DK-2026-999999');
    await page.getByRole('button', { name: 'Xác nhận đã nhận' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Không có hồ sơ đăng ký nào mang mã này. Hãy kiểm tra lại mã trên tờ khai.',
    );
    await expect(field).toHaveValue('DK-2026-999999');

    // Typed by hand: received, then undone (a mistaken scan).
    await field.fill(number.toLowerCase());
    await page.getByRole('button', { name: 'Xác nhận đã nhận' }).click();
    const answer = page.locator('#org-scan-answer');
    await expect(answer).toContainText('Đã nhận tờ khai của Nguyễn Thị Lan Anh');
    await expect(page.locator('#org-received-count')).toHaveText('1 tờ khai đã nhận');
    await answer.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect(answer).toContainText(`Đã hoàn tác việc nhận tờ khai ${number}`);
    await expect(page.locator('#org-received-count')).toHaveText('0 tờ khai đã nhận');

    // Scanned with the camera: the QR code of the real declaration.
    await page.getByRole('button', { name: 'Quét mã QR bằng camera' }).click();
    await expect(answer).toContainText('Đã nhận tờ khai của Nguyễn Thị Lan Anh');
    await expect(field).toHaveValue('');
    await expect(page.locator('#org-received')).toContainText(number);
    await shot(page, FLOW, '01-received-phone');
    // The same form again: when and by whom.
    await field.fill(number);
    await page.getByRole('button', { name: 'Xác nhận đã nhận' }).click();
    await expect(answer).toContainText('Tờ khai này đã được nhận trước đó lúc');
    await expect(answer).toContainText('Cán bộ đơn vị – Trường Đại học Hàng hải Việt Nam');
    await expect(page.getByRole('link', { name: /BHXH .*: 1 tờ khai \(PDF\)/ })).toBeVisible();
    await shot(page, FLOW, '02-already-phone');
    const handover = await page.request.get(
      (await page.getByRole('link', { name: /BHXH .*: 1 tờ khai \(PDF\)/ }).getAttribute('href')) ??
        '',
    );
    expect(handover.headers()['content-type']).toBe('application/pdf');

    // The drive: 1 "Đã nộp tờ khai", still counted in the rate.
    await page.getByRole('link', { name: 'Về tiến độ đợt đăng ký' }).click();
    await expect(page.locator('.org-count--declared .org-count__n')).toHaveText('1');
    await expect(page.locator('.org-count--approved .org-count__n')).toHaveText('0');
    await expect(page.locator('#org-percent')).toHaveText('16 %');
    await page.locator('#org-status').selectOption('declared');
    const rows = page.locator('#org-students tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Đã nộp tờ khai');
    await shot(page, FLOW, '03-drive-phone');
    // The Excel list and the leadership's one-page report download.
    for (const [id, type] of [
      ['#org-export-xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['#org-report', 'application/pdf'],
    ]) {
      const res = await page.request.get((await page.locator(id!).getAttribute('href')) ?? '');
      expect(res.status(), id).toBe(200);
      expect(res.headers()['content-type']).toBe(type);
    }
    await phone.close();
  } finally {
    await browser.close();
  }
});
