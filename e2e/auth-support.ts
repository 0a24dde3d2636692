import { generate } from 'otplib';
import type { BrowserContext, Page } from 'playwright-core';
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

type Mail = { to: string[]; subject: string; text: string; receivedAt: string };

/** The newest mail to `to` with `subject` that arrived after `since` (polls up to 20 s). */
export async function waitForMail(baseUrl: string, to: string, subject: string, since: Date) {
  for (let i = 0; i < 100; i++) {
    const mails = (await (await fetch(`${baseUrl}/dev/mail/api/messages`)).json()) as Mail[];
    const found = mails
      .filter((m) => m.to.includes(to) && m.subject === subject && new Date(m.receivedAt) >= since)
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))[0];
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail "${subject}" to ${to}`);
}

/** The current TOTP code for a seeded officer, as an authenticator app would show it. */
export const totpCode = (secret: string) => generate({ secret });

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
