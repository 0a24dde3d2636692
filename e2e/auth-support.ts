import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, expect, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { DEMO } from '../apps/server/src/db/seed/demo.ts';
import { DEMO_STAFF } from '../apps/server/src/db/seed/demo-staff.ts';

/** The demo citizen (no forced change) and Hà Nội's staff, each seeded with a TOTP secret. */
export const CITIZEN = { ...DEMO.citizen, password: DEMO.password };
const hanoi = (role: string) =>
  DEMO_STAFF.find((s) => s.role === role && s.agency === '001') ?? DEMO_STAFF[0];
export const STAFF = {
  officer: hanoi('officer'),
  supervisor: hanoi('supervisor'),
  administrator: hanoi('administrator'),
};

/**
 * The app as the browser must see it for passkeys: the server's WebAuthn RP ID is "localhost",
 * and an IP address can never be an RP ID.
 */
export const localUrl = (baseUrl: string) => baseUrl.replace('127.0.0.1', 'localhost');

export type Mail = { to: string[]; subject: string; text: string; receivedAt: string };

/** The newest mail to `to` with `subject` that arrived after `since` (waits up to 60 s). */
export async function waitForMail(baseUrl: string, to: string, subject: string, since: Date) {
  return waitForMailWhere(baseUrl, (m) => m.to.includes(to) && m.subject === subject, since);
}

/** The newest mail that `match` accepts, arrived after `since` (waits up to 60 s). */
export async function waitForMailWhere<M extends Mail = Mail>(
  baseUrl: string,
  match: (m: M) => boolean,
  since = new Date(0),
): Promise<M> {
  let found: M | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await (await fetch(`${baseUrl}/dev/mail/api/messages`)).json()) as M[];
        found = mails
          .filter((m) => match(m) && new Date(m.receivedAt) >= since)
          .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))[0];
        return found !== undefined;
      },
      { message: 'the mail arrives', timeout: 60_000 },
    )
    .toBe(true);
  return found!;
}

/** The server's clock (TEST_CLOCK): it runs ahead of the wall clock once a spec moved it. */
async function serverNow(baseUrl: string): Promise<number> {
  const res = await fetch(`${baseUrl}/dev/clock`);
  expect(res.status, 'the e2e server runs with TEST_CLOCK=1').toBe(200);
  return Date.parse(((await res.json()) as { now: string }).now);
}

/** Moves the server's clock forward (POST /dev/clock); returns its new time. */
export async function advanceServerClock(baseUrl: string, seconds: number): Promise<number> {
  const res = await fetch(`${baseUrl}/dev/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceSeconds: seconds }),
  });
  expect(res.status).toBe(200);
  return Date.parse(((await res.json()) as { now: string }).now);
}

const TOTP_STEP_S = 30;
/** The last TOTP step each seed was used for in this run (a file: a worker may be restarted). */
const stepsFile = () => path.join(process.env.E2E_DATA_DIR ?? '.', 'e2e-totp-steps.json');
function usedSteps(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(stepsFile(), 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

/**
 * The TOTP code an authenticator app would show for a seeded officer at the server's time. The
 * server accepts each 30-second step once per account (replay rule): when this run already used
 * the current step, the server's clock is moved to the next step instead of waiting for it.
 */
export async function totpCode(baseUrl: string, secret: string): Promise<string> {
  let now = await serverNow(baseUrl);
  const used = usedSteps()[secret];
  if (used !== undefined && Math.floor(now / 1000 / TOTP_STEP_S) <= used) {
    now = await advanceServerClock(baseUrl, (used + 1) * TOTP_STEP_S - Math.floor(now / 1000) + 1);
  }
  const epoch = Math.floor(now / 1000);
  writeFileSync(
    stepsFile(),
    JSON.stringify({ ...usedSteps(), [secret]: Math.floor(epoch / TOTP_STEP_S) }),
  );
  return generate({ secret, epoch });
}

/** /admin: username and password, then the TOTP step is shown. */
export async function staffPasswordStep(page: Page, username: string, password = DEMO.password) {
  await page.goto('/admin');
  await page.fill('#staff-username', username);
  await page.fill('#staff-password', password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.locator('#staff-totp')).toBeVisible();
}

/** Signs a seeded officer in at /admin (password, then TOTP) and waits for the shell. */
export async function signInStaff(
  page: Page,
  baseUrl: string,
  staff: { username: string; totp: string },
  password = DEMO.password,
) {
  await staffPasswordStep(page, staff.username, password);
  await page.fill('#staff-totp', await totpCode(baseUrl, staff.totp));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.locator('.bo-header')).toBeVisible();
}

/**
 * Chromium's virtual authenticator (CDP WebAuthn domain): a platform passkey with user
 * verification, like a phone's fingerprint reader that always says yes.
 */
export async function addVirtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  return { cdp, authenticatorId };
}

/** Fills and sends "Đăng nhập" with Mã số BHXH + Mật khẩu. */
export async function signIn(page: Page, bhxhCode: string, password: string) {
  await page.fill('#login-bhxh-code', bhxhCode);
  await page.fill('#login-password', password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

/** Fills and sends "Đổi mật khẩu". */
export async function changePassword(page: Page, current: string, next: string, again = next) {
  await page.fill('#current-password', current);
  await page.fill('#new-password', next);
  await page.fill('#confirm-password', again);
  await page.getByRole('button', { name: 'Đổi mật khẩu', exact: true }).click();
}
