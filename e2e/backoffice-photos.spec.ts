import type { Browser, BrowserContext } from '@playwright/test';
import sharp from 'sharp';
import { DEMO_STAFF } from '../apps/server/src/db/seed/demo-staff.ts';
import { DEMO_STUDENTS } from '../apps/server/src/db/seed/demo-students.ts';
import { signInStaff, waitForMailWhere } from './auth-support.ts';
import { expect, test } from './fixtures.ts';
import { DESK, deskContext, PHONE, shot } from './support.ts';

const FLOW = 'backoffice-photos';
const PASSWORD = 'cay-bang-la-do-2026'; // the demo staff's password (README)
// Đặng Hoàng Nam registers with his old CMND (9 digits): not checked against the registry, so
// portrait + both sides. Not Hoàng Thu Trang (the seed's CMND student): registration-identity.spec
// walks her step 1 on the same server, and a pending application would change what it sees.
const NAM = DEMO_STUDENTS.find((s) => s.bhxhCode === '3123040105')!;
const APPLICANT = { ...NAM, idNumber: '031206611' };
const OFFICER = DEMO_STAFF.find((s) => s.username === 'haiphong.officer')!;
const EMAIL = 'hoangnam.photos@example.vn';
const LABELS = ['Ảnh chân dung 4x6', 'Ảnh CCCD/CMND/HC mặt trước', 'Ảnh CCCD/CMND/HC mặt sau'];

/** A phone context (as support.ts's phoneContext) that carries a signed-in session. */
const phoneContext = (
  browser: Browser,
  baseURL: string,
  storageState: Awaited<ReturnType<BrowserContext['storageState']>>,
) =>
  browser.newContext({
    baseURL,
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    storageState,
  });

/** A JPEG that says what it is, so the screenshot shows which picture sits where. */
function labelled(text: string, width: number, height: number, fill: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="${fill}"/>
    <text x="50%" y="50%" font-family="sans-serif" font-size="${Math.round(width / 9)}"
      text-anchor="middle" fill="#fff">${text}</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

type Answer = {
  id?: string;
  draftToken?: string;
  requiredPhotos?: string[];
  applicationNumber?: string;
  error?: { code: string };
};

/**
 * The citizen's steps through the API (the form itself is walked in registration.spec.ts),
 * uploading the back of the ID first and the portrait last. Returns the application number.
 */
async function submitCmndApplication(baseUrl: string): Promise<string | null> {
  const api = async (method: string, path: string, h: Record<string, string>, body?: unknown) => {
    const json = body !== undefined && !(body instanceof Buffer);
    const res = await fetch(`${baseUrl}/api/registrations${path}`, {
      method,
      headers: json ? { ...h, 'content-type': 'application/json' } : h,
      body: json
        ? JSON.stringify(body)
        : body === undefined
          ? undefined
          : new Uint8Array(body as Buffer),
    });
    return { status: res.status, json: (await res.json().catch(() => ({}))) as Answer };
  };
  const draft = await api('POST', '', {});
  expect(draft.status, JSON.stringify(draft.json)).toBe(201);
  const h = { 'x-draft-token': draft.json.draftToken ?? '' };
  const at = `/${draft.json.id}`;
  const applicant = await api('PUT', `${at}/applicant`, h, {
    bhxhCode: APPLICANT.bhxhCode,
    fullName: APPLICANT.fullName,
    idNumber: APPLICANT.idNumber,
    birthDate: APPLICANT.birthDate,
    provinceCode: APPLICANT.provinceCode,
    communeCode: APPLICANT.communeCode,
    street: APPLICANT.street,
    phone: APPLICANT.phone,
  });
  // Another spec of this run may have registered her already: the officer opens that one.
  if (applicant.status === 409 && applicant.json.error?.code === 'APPLICATION_EXISTS') return null;
  expect(applicant.status, JSON.stringify(applicant.json)).toBe(200);
  expect(applicant.json.requiredPhotos).toEqual(['portrait', 'id_front', 'id_back']);
  expect((await api('PUT', `${at}/consent`, h, { accepted: true })).status).toBe(200);
  const jpeg = { ...h, 'content-type': 'image/jpeg' };
  for (const [kind, picture] of [
    ['id_back', await labelled('MẶT SAU', 856, 540, '#6b7280')],
    ['id_front', await labelled('MẶT TRƯỚC', 856, 540, '#0a6ecf')],
    ['portrait', await labelled('CHÂN DUNG', 600, 800, '#b45309')],
  ] as const)
    expect((await api('PUT', `${at}/photos/${kind}`, jpeg, picture)).status).toBe(200);
  const agencies = await (await fetch(`${baseUrl}/api/agencies?provinceCode=31`)).json();
  const since = new Date(Date.now() - 1000);
  const sent = await api('POST', `${at}/otp`, h, { agencyId: agencies.items[0].id, email: EMAIL });
  expect(sent.status, JSON.stringify(sent.json)).toBe(200);
  const mail = await waitForMailWhere(
    baseUrl,
    (m) => m.to.includes(EMAIL) && /\b\d{6}\b/.test(m.text),
    since,
  );
  const otp = /\b(\d{6})\b/.exec(mail.text)?.[1];
  const submitted = await api('POST', `${at}/submit`, h, { otp });
  expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);
  return submitted.json.applicationNumber ?? '';
}

test("an officer sees a CMND applicant's photos as portrait, front, back, labels unbroken", async ({
  browser,
  baseUrl,
}) => {
  const number = await submitCmndApplication(baseUrl);
  const desk = await deskContext(browser, baseUrl);
  const page = await desk.newPage();
  await signInStaff(page, baseUrl, OFFICER, PASSWORD);
  const row = page
    .locator('#queue-table tbody tr', { hasText: number ?? APPLICANT.fullName })
    .first();
  await expect(row).toContainText(APPLICANT.fullName);
  await row.getByRole('link').first().click();
  await expect(page.locator('#applicant-title')).toBeVisible();

  const labels = page.locator('.bo-photo__label');
  await expect(labels).toHaveText(LABELS);
  const imgs = page.locator('.bo-photo img');
  for (const [i, label] of LABELS.entries()) {
    await expect(imgs.nth(i)).toHaveAttribute('alt', label);
    await expect(imgs.nth(i)).toHaveJSProperty('complete', true);
  }

  /** No label runs out of its tile, and none takes more than two lines. */
  const labelsFit =
    (on = page) =>
    () =>
      on.locator('.bo-photo__label').evaluateAll((els) =>
        els.every((el) => {
          const lineHeight = Number.parseFloat(getComputedStyle(el).lineHeight);
          return el.scrollWidth <= el.clientWidth && el.clientHeight <= 2 * lineHeight + 1;
        }),
      );
  await expect.poll(labelsFit()).toBe(true);
  await page.locator('.bo-photo').last().scrollIntoViewIfNeeded();
  await shot(page, FLOW, `01-desk-${DESK.width}x${DESK.height}`);

  // The same officer's session on a phone (390x844).
  const phone = await phoneContext(browser, baseUrl, await desk.storageState());
  const small = await phone.newPage();
  await small.goto(page.url());
  await expect(small.locator('.bo-photo__label')).toHaveText(LABELS);
  for (const img of await small.locator('.bo-photo img').all())
    await expect(img).toHaveJSProperty('complete', true);
  await expect.poll(labelsFit(small)).toBe(true);
  // Nothing runs off the side of the phone (the applicant's e-mail, the consent time).
  await expect
    .poll(() => small.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth))
    .toBe(true);
  await small.locator('#applicant-title').scrollIntoViewIfNeeded();
  await shot(small, FLOW, `02-phone-${PHONE.width}x${PHONE.height}-applicant`);
  await small.locator('.bo-photo').nth(1).scrollIntoViewIfNeeded();
  await shot(small, FLOW, `03-phone-${PHONE.width}x${PHONE.height}-photos`);
  await phone.close();
  await desk.close();
});
