import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
export const PHONE = { width: 390, height: 844 };

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

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
