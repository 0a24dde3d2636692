import { searchKey } from '@vssid/domain';
import type { LightMyRequestResponse } from 'fastify';
import { generate } from 'otplib';
import {
  accounts,
  agencies,
  insuredPersons,
  provinces,
  staffTotp,
} from '../../src/db/schema/index.ts';
import type { Clock } from '../../src/lib/clock.ts';
import { hashPassword } from '../../src/lib/passwords.ts';
import { sealTotpSecret } from '../../src/services/totp.service.ts';
import type { TestApp } from '../helpers.ts';
import { mailsTo } from './mailbox.ts';

export const PASSWORD = 'cay-bang-la-do-2026';
export const COOKIE = 'vssid_session';
export const STAFF_COOKIE = 'vssid_staff';

const citizen = (bhxhCode: string, fullName: string, birthDate: string, email: string) => ({
  bhxhCode,
  fullName,
  birthDate,
  email,
});

/** Two citizens, two agencies (X = Hà Nội, Y = Hải Phòng) and their staff, each role once. */
export const PEOPLE = {
  citizenA: citizen('0100000001', 'Nguyễn Thị Thu Hà', '1988-03-12', 'thuha@example.com'),
  citizenB: citizen('0100000002', 'Trần Văn Bình', '1990-11-05', 'binh@example.com'),
  officerX: {
    username: 'x.officer',
    role: 'officer',
    agency: 'X',
    totp: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  },
  officerY: {
    username: 'y.officer',
    role: 'officer',
    agency: 'Y',
    totp: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
  },
  supervisor: {
    username: 'x.supervisor',
    role: 'supervisor',
    agency: 'X',
    totp: 'MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK',
  },
  administrator: {
    username: 'x.admin',
    role: 'administrator',
    agency: 'X',
    totp: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
  },
} as const;
export type StaffKey = 'officerX' | 'officerY' | 'supervisor' | 'administrator';
export type Fixture = {
  ids: Record<keyof typeof PEOPLE, string>;
  agencyX: string;
  agencyY: string;
};

/** Writes the people above straight into the database (much faster than the full demo seed). */
export async function seedAuthFixture(t: TestApp): Promise<Fixture> {
  const { db } = t.runtime.database;
  const hash = await hashPassword(PASSWORD);
  await db.insert(provinces).values([
    {
      code: '01',
      name: 'Thành phố Hà Nội',
      shortName: 'Hà Nội',
      type: 'thành phố',
      searchKey: 'ha noi',
    },
    {
      code: '31',
      name: 'Thành phố Hải Phòng',
      shortName: 'Hải Phòng',
      type: 'thành phố',
      searchKey: 'hai phong',
    },
  ]);
  const agency = (code: string, name: string, provinceCode: string) => ({
    code,
    name,
    provinceCode,
    address: 'Địa chỉ minh họa',
    phone: '024.0000000',
    searchKey: searchKey(name),
  });
  const [x, y] = await db
    .insert(agencies)
    .values([agency('X01', 'BHXH X', '01'), agency('Y31', 'BHXH Y', '31')])
    .returning({ id: agencies.id });
  const ids = {} as Record<keyof typeof PEOPLE, string>;
  for (const key of ['citizenA', 'citizenB'] as const) {
    const p = PEOPLE[key];
    await db.insert(insuredPersons).values({
      bhxhCode: p.bhxhCode,
      fullName: p.fullName,
      nameKey: searchKey(p.fullName),
      birthDate: p.birthDate,
      gender: 'female',
      idNumber: '001188012345',
    });
    const [row] = await db
      .insert(accounts)
      .values({
        kind: 'citizen',
        role: 'citizen',
        bhxhCode: p.bhxhCode,
        email: p.email,
        displayName: p.fullName,
        passwordHash: hash,
        mustChangePassword: false,
      })
      .returning({ id: accounts.id });
    ids[key] = row!.id;
  }
  for (const key of ['officerX', 'officerY', 'supervisor', 'administrator'] as const) {
    const p = PEOPLE[key];
    const [row] = await db
      .insert(accounts)
      .values({
        kind: 'staff',
        role: p.role,
        username: p.username,
        agencyId: p.agency === 'X' ? x!.id : y!.id,
        email: `${p.username}@example.com`,
        displayName: p.username,
        passwordHash: hash,
        mustChangePassword: false,
      })
      .returning({ id: accounts.id });
    ids[key] = row!.id;
    await db.insert(staffTotp).values({
      accountId: row!.id,
      secret: sealTotpSecret(t.runtime.secrets.fieldKey, row!.id, p.totp),
      createdAt: new Date(),
    });
  }
  return { ids, agencyX: x!.id, agencyY: y!.id };
}

/** The session cookie a response set, citizen or staff (null when it cleared it). */
function sessionCookieOf(res: LightMyRequestResponse) {
  return res.cookies.find((k) => k.name === COOKIE || k.name === STAFF_COOKIE);
}

export function sessionToken(res: LightMyRequestResponse): string | null {
  const c = sessionCookieOf(res);
  return c?.value ? c.value : null;
}

/** Headers for requests as the session a sign-in response opened. */
export function asSession(res: LightMyRequestResponse) {
  return {
    cookie: `${sessionCookieOf(res)?.name ?? COOKIE}=${sessionToken(res)}`,
    'x-csrf-token': res.json().csrfToken as string,
  };
}

let ipCounter = 0;
/** A fresh client address, so the 20-a-minute per-IP limit only bites where a test wants it. */
export const freshIp = () => `198.51.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

export function citizenLogin(t: TestApp, bhxhCode: string, password: string, ip = freshIp()) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'x-forwarded-for': ip },
    payload: { bhxhCode, password },
  });
}

export function staffLogin(t: TestApp, username: string, password = PASSWORD, ip = freshIp()) {
  return t.app.inject({
    method: 'POST',
    url: '/api/admin/auth/login',
    headers: { 'x-forwarded-for': ip },
    payload: { username, password },
  });
}

/** The TOTP code an authenticator app would show at the clock's time (offset in 30 s steps). */
export function totpCode(secret: string, clock: Clock, steps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) + steps * 30 });
}

/** A fully signed-in staff member (password, then TOTP). */
export async function staffSession(t: TestApp, key: StaffKey, clock: Clock) {
  const p = PEOPLE[key];
  const first = await staffLogin(t, p.username);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/admin/auth/totp',
    headers: asSession(first),
    payload: { code: await totpCode(p.totp, clock) },
  });
  if (res.statusCode !== 200) throw new Error(`staff sign-in failed: ${res.body}`);
  return asSession(res);
}

/** Subject and text of the newest mail `to` received (due mail is delivered first). */
export async function lastMail(
  t: TestApp,
  to: string,
): Promise<{ subject: string; text: string } | undefined> {
  const [mail] = await mailsTo(t, to);
  return mail && { subject: mail.subject, text: mail.text };
}
