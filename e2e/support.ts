import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';

export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
export const PHONE = { width: 390, height: 844 };
export const DESK = { width: 1280, height: 800 };

/** A phone-sized context (390x844, touch): specs that walk one flow across tests share it. */
export async function phoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
  });
}

/** A desktop context (1280x800), as the back office is used at an agency's desk. */
export async function deskContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport: DESK, locale: 'vi-VN' });
}

/** Saves a screenshot under e2e/artifacts/<flow>/<name>.png (kept by CI as evidence). */
export async function shot(page: Page, flow: string, name: string): Promise<void> {
  const dir = path.join(ARTIFACTS, flow);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false });
}

export type DevMail = { to: string[]; subject: string; text: string; html: string };

export async function mailbox(baseUrl: string): Promise<DevMail[]> {
  const res = await fetch(`${baseUrl}/dev/mail/api/messages`);
  return (await res.json()) as DevMail[];
}
