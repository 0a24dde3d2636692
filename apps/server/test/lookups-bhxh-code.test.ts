import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import {
  type BhxhCodeLookupResult,
  bhxhCodeLookupResultSchema,
  powChallengeSchema,
} from '@vssid/contracts';
import { searchKey } from '@vssid/domain';
import type { LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insuredPersons } from '../src/db/schema/index.ts';
import { DEMO } from '../src/db/seed/demo.ts';
import { FakeClock, HOUR, MINUTE } from '../src/lib/clock.ts';
import { bhxhCodeLookupRepository } from '../src/repositories/bhxh-code-lookup.repository.ts';
import { lookupChallengeRepository } from '../src/repositories/lookup-challenge.repository.ts';
import {
  BHXH_LOOKUP_LIMITS,
  bhxhCodeLookupService,
  challengeDifficulty,
} from '../src/services/lookups/bhxh-code-lookup.service.ts';
import { createTestApp, type TestApp } from './helpers.ts';

/** "Tra cứu mã số BHXH" through real HTTP (Fastify inject) on PGlite or PostgreSQL. */

const clock = new FakeClock('2026-11-26T02:00:00Z');
const logLines: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    logLines.push(chunk.toString());
    done();
  },
});
let t: TestApp;
/** Every 2xx body, to check that none ever carries more than one person. */
const bodies: string[] = [];

let ipCounter = 0;
const nextIp = () => `203.0.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

// Hải Phòng (31), commune Hồng Bàng (11311); Hà Nội (01), commune Hai Bà Trưng (00256).
const PEOPLE = [
  {
    bhxhCode: '3100000001',
    fullName: 'Nguyễn Văn An',
    birthDate: '1990-05-20',
    idNumber: '031090001111',
    provinceCode: '31',
    communeCode: '11311',
  },
  {
    bhxhCode: '3100000002',
    fullName: 'Nguyễn Văn Ân',
    birthDate: '1990-05-20',
    idNumber: '031090002222',
    provinceCode: '31',
    communeCode: null,
  },
  {
    bhxhCode: '0100000011',
    fullName: 'Trần Thị Bình',
    birthDate: '1985-01-01',
    idNumber: '001185000001',
    provinceCode: '01',
    communeCode: '00256',
  },
  {
    bhxhCode: '0100000012',
    fullName: 'Trần Thị Bình',
    birthDate: '1985-01-01',
    idNumber: '001185000002',
    provinceCode: '01',
    communeCode: '00256',
  },
] as const;
const CODES = [...PEOPLE.map((p) => p.bhxhCode), DEMO.citizen.bhxhCode];

type Body = Record<string, unknown>;

function post(url: string, ip: string, payload?: Body): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { 'x-forwarded-for': ip },
    ...(payload ? { payload } : {}),
  });
}

async function lookup(payload: Body, ip = nextIp()): Promise<LightMyRequestResponse> {
  const res = await post('/api/lookups/bhxh-code', ip, payload);
  if (res.statusCode === 200) bodies.push(res.body);
  return res;
}

async function result(payload: Body, ip = nextIp()): Promise<BhxhCodeLookupResult> {
  const res = await lookup(payload, ip);
  expect(res.statusCode, res.body).toBe(200);
  return bhxhCodeLookupResultSchema.parse(res.json());
}

/** Brute force with node:crypto, as a client would (independent of the server's helper). */
function solve(salt: string, difficulty: number): string {
  const full = Math.floor(difficulty / 8);
  const rest = difficulty % 8;
  for (let n = 0; ; n++) {
    const d = createHash('sha256').update(`${salt}:${n}`).digest();
    let ok = true;
    for (let i = 0; i < full && ok; i++) ok = d[i] === 0;
    if (ok && rest > 0) ok = d[full]! >> (8 - rest) === 0;
    if (ok) return String(n);
  }
}

async function challenge(ip: string) {
  const res = await post('/api/lookups/bhxh-code/challenge', ip);
  expect(res.statusCode, res.body).toBe(200);
  return powChallengeSchema.parse(res.json());
}

async function solvedChallenge(ip: string) {
  const c = await challenge(ip);
  return { ...c, nonce: solve(c.salt, c.difficulty) };
}

/** Uses up the free lookups of `ip`. */
async function spendFree(ip: string, payload: Body) {
  for (let i = 0; i < BHXH_LOOKUP_LIMITS.freePerHour; i++)
    expect((await lookup(payload, ip)).statusCode).toBe(200);
}

const AN = { provinceCode: '31', fullName: 'Nguyễn Văn An', birthDate: '1990-05-20' };

beforeAll(async () => {
  t = await createTestApp({
    clock,
    seed: { adminUnits: true, demo: true },
    workers: false,
    log: pino({ level: 'trace' }, sink),
  });
  await t.runtime.database.db.insert(insuredPersons).values(
    PEOPLE.map((p) => ({
      ...p,
      // As every writer of insured_persons computes it (seed, population, registration).
      nameKey: searchKey(p.fullName),
      gender: 'male' as const,
    })),
  );
}, 120_000);
afterAll(async () => t?.close());

describe('matching', () => {
  it('finds the demo citizen with and without diacritics, name masked, date echoed', async () => {
    const demo = { provinceCode: '01', birthDate: '1988-03-12' };
    const found = {
      status: 'found',
      bhxhCode: DEMO.citizen.bhxhCode,
      maskedName: 'Nguyễn T•• T•• H•',
      birthDate: '12/03/1988',
    };
    expect(await result({ ...demo, fullName: 'Nguyễn Thị Thu Hà' })).toEqual(found);
    expect(await result({ ...demo, fullName: '  nguyen   THI thu ha ' })).toEqual(found);
    // Typed with combining marks (NFD), as some keyboards do.
    expect(await result({ ...demo, fullName: 'Nguyễn Thị Thu Hà'.normalize('NFD') })).toEqual(
      found,
    );
  });

  it('with diacritics they must match; without, both spellings are candidates', async () => {
    expect(await result(AN)).toMatchObject({ status: 'found', bhxhCode: '3100000001' });
    expect(await result({ ...AN, fullName: 'Nguyễn Văn Ân' })).toMatchObject({
      status: 'found',
      bhxhCode: '3100000002',
      maskedName: 'Nguyễn V•• Â•',
    });
    expect(await result({ ...AN, fullName: 'Nguyễn Văn Án' })).toEqual({ status: 'not_found' });
    expect(await result({ ...AN, fullName: 'Nguyễn Vân An' })).toEqual({ status: 'not_found' });
    // Without diacritics "nguyen van an" is both An and Ân: ambiguous, never a list.
    expect(await result({ ...AN, fullName: 'Nguyen Van An' })).toEqual({ status: 'ambiguous' });
    // Diacritics typed anywhere mean the whole name must carry the right ones.
    expect(await result({ ...AN, fullName: 'Nguyen Van Ân' })).toEqual({ status: 'not_found' });
    expect(await result({ ...AN, fullName: 'NGUYỄN VĂN ÂN' })).toMatchObject({
      bhxhCode: '3100000002',
    });
  });

  it('narrows by commune and id number', async () => {
    expect(await result({ ...AN, fullName: 'nguyen van an', communeCode: '11311' })).toMatchObject({
      status: 'found',
      bhxhCode: '3100000001',
    });
    expect(
      await result({ ...AN, fullName: 'nguyen van an', idNumber: '031090002222' }),
    ).toMatchObject({ status: 'found', bhxhCode: '3100000002' });
    expect(await result({ ...AN, idNumber: '031090002222' })).toEqual({ status: 'not_found' });
  });

  it('is ambiguous for two same-name same-birthday people, then resolved by Số CCCD', async () => {
    const binh = { provinceCode: '01', fullName: 'Trần Thị Bình', birthDate: '1985-01-01' };
    const res = await lookup(binh);
    expect(res.json()).toStrictEqual({ status: 'ambiguous' });
    expect(res.body).not.toMatch(/\d{10}/);
    expect(await result({ ...binh, idNumber: '001185000002' })).toEqual({
      status: 'found',
      bhxhCode: '0100000012',
      maskedName: 'Trần T•• B•••',
      birthDate: '01/01/1985',
    });
    expect(await result({ ...binh, idNumber: '001185000003' })).toEqual({ status: 'not_found' });
  });

  it('answers not_found for another province, birth date or name', async () => {
    expect(await result({ ...AN, provinceCode: '01' })).toEqual({ status: 'not_found' });
    expect(await result({ ...AN, birthDate: '1990-05-21' })).toEqual({ status: 'not_found' });
    expect(await result({ ...AN, fullName: 'Nguyễn Văn' })).toEqual({ status: 'not_found' });
    const communes = await t.app.inject({
      url: '/api/admin-units/communes?provinceCode=31&limit=500',
    });
    const other = (communes.json().items as { code: string }[]).find((c) => c.code !== '11311');
    expect(await result({ ...AN, communeCode: other!.code })).toEqual({ status: 'not_found' });
  });
});

describe('validation', () => {
  const fieldsOf = (res: LightMyRequestResponse) =>
    Object.fromEntries(
      (res.json().error.fields as { field: string; code: string; message: string }[]).map((f) => [
        f.field,
        [f.code, f.message],
      ]),
    );

  it('refuses missing and malformed fields with Vietnamese messages per field', async () => {
    const empty = await lookup({ provinceCode: '', fullName: '', birthDate: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('VALIDATION_FAILED');
    const f = fieldsOf(empty);
    expect(f.provinceCode).toEqual(['PROVINCE_REQUIRED', 'Vui lòng chọn Tỉnh - TP.']);
    expect(f.fullName?.[0]).toBe('FULL_NAME_REQUIRED');
    expect(f.birthDate?.[0]).toBe('BIRTH_DATE_REQUIRED');

    const bad = await lookup({
      provinceCode: '31',
      communeCode: '123',
      fullName: 'An 007',
      birthDate: '20/05/1990',
      idNumber: '1234',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(bad)).sort()).toEqual([
      'birthDate',
      'communeCode',
      'fullName',
      'idNumber',
    ]);
    expect(fieldsOf(bad).idNumber?.[0]).toBe('ID_NUMBER_INVALID');
    expect((await lookup({})).statusCode).toBe(400);
  });

  it('refuses impossible dates, unknown provinces and a commune of another province', async () => {
    const date = await lookup({ ...AN, birthDate: '1990-02-30' });
    expect(fieldsOf(date)).toEqual({
      birthDate: ['BIRTH_DATE_INVALID', expect.stringContaining('Ngày sinh không hợp lệ')],
    });
    expect(fieldsOf(await lookup({ ...AN, birthDate: '2099-01-01' })).birthDate?.[0]).toBe(
      'BIRTH_DATE_INVALID',
    );
    expect(fieldsOf(await lookup({ ...AN, provinceCode: '99' })).provinceCode?.[0]).toBe(
      'PROVINCE_NOT_FOUND',
    );
    const commune = await lookup({ ...AN, communeCode: '00256' });
    expect(commune.statusCode).toBe(400);
    expect(fieldsOf(commune).communeCode?.[0]).toBe('COMMUNE_NOT_IN_PROVINCE');
  });

  it('answers in English when asked', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/lookups/bhxh-code',
      headers: { 'x-forwarded-for': nextIp(), 'accept-language': 'en' },
      payload: { ...AN, provinceCode: '' },
    });
    expect(res.json().error.fields[0].message).toBe('Please choose a province or city.');
  });
});

describe('anti-scraping', () => {
  it('gives a few free lookups, then asks for a proof of work that unlocks one lookup', async () => {
    const ip = nextIp();
    await spendFree(ip, AN);
    const required = await lookup(AN, ip);
    expect(required.statusCode).toBe(428);
    expect(required.json().error.code).toBe('CHALLENGE_REQUIRED');

    const c = await challenge(ip);
    expect(c.difficulty).toBe(BHXH_LOOKUP_LIMITS.baseDifficulty);
    expect(new Date(c.expiresAt).getTime()).toBe(clock.now().getTime() + 5 * MINUTE);
    const nonce = solve(c.salt, c.difficulty);
    const ok = await lookup({ ...AN, challenge: { id: c.id, nonce } }, ip);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'found', bhxhCode: '3100000001' });

    // Single use: the same solution again is refused, and so is no solution.
    const reused = await lookup({ ...AN, challenge: { id: c.id, nonce } }, ip);
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe('CHALLENGE_INVALID');
    expect(reused.json().error.message).toContain('Bước xác minh đã hết hạn hoặc không hợp lệ');
    expect((await lookup(AN, ip)).statusCode).toBe(428);
  });

  it('refuses a wrong nonce, an unknown challenge, an expired one and one from another address', async () => {
    const ip = nextIp();
    const invalid = async (challenge: { id: string; nonce: string }, from = ip) => {
      const res = await lookup({ ...AN, challenge }, from);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('CHALLENGE_INVALID');
    };

    const c = await challenge(ip);
    let wrong = 0;
    while (leadingZeroBits(c.salt, wrong) >= c.difficulty) wrong++;
    await invalid({ id: c.id, nonce: String(wrong) });
    // The failed attempt used it up: even the right answer is now refused.
    await invalid({ id: c.id, nonce: solve(c.salt, c.difficulty) });

    await invalid({ id: '00000000-0000-4000-8000-000000000000', nonce: '1' });
    await invalid({ id: 'not-a-uuid', nonce: '1' });
    await invalid({ id: (await challenge(ip)).id, nonce: 'abc' });

    const expiring = await solvedChallenge(ip);
    clock.advance(5 * MINUTE + 1000);
    await invalid({ id: expiring.id, nonce: expiring.nonce });

    const elsewhere = await solvedChallenge(ip);
    await invalid({ id: elsewhere.id, nonce: elsewhere.nonce }, nextIp());
    // …and it was not burnt by the other address: its owner can still use it.
    const own = await lookup({ ...AN, challenge: elsewhere }, ip);
    expect(own.statusCode).toBe(200);
  });

  it('lets only one of two simultaneous lookups use the same solved challenge', async () => {
    const ip = nextIp();
    const c = await solvedChallenge(ip);
    const both = await Promise.all([
      lookup({ ...AN, challenge: c }, ip),
      lookup({ ...AN, challenge: c }, ip),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 400]);
  });

  it('makes challenges harder as an address asks for more within the hour', () => {
    const schedule = Array.from({ length: 25 }, (_, i) => challengeDifficulty(i + 1));
    expect(schedule.slice(0, 4)).toEqual([16, 16, 16, 16]);
    expect(schedule[4]).toBe(17);
    expect(schedule.at(-1)).toBe(BHXH_LOOKUP_LIMITS.maxDifficulty);
    expect(schedule).toEqual([...schedule].sort((a, b) => a - b));
  });

  it('stops at the hourly limit with 429 RATE_LIMITED and Retry-After; challenges get harder', async () => {
    // The real service over the same database, secrets and clock, with easier puzzles only:
    // 17 real ones (16 → 20 bits) cost a minute of hashing on a slow test machine.
    const real = t.runtime.services.bhxhCodeLookup;
    t.runtime.services.bhxhCodeLookup = bhxhCodeLookupService({
      people: bhxhCodeLookupRepository(t.runtime.database.db),
      challenges: lookupChallengeRepository(t.runtime.database.db),
      rateLimits: t.runtime.services.rateLimits,
      clock,
      hmacKey: t.runtime.secrets.hmacKey,
      limits: { baseDifficulty: 6, maxDifficulty: 10 },
    });
    try {
      clock.set('2026-11-26T03:00:00Z');
      const ip = nextIp();
      await spendFree(ip, AN);
      const difficulties: number[] = [];
      for (let i = BHXH_LOOKUP_LIMITS.freePerHour; i < BHXH_LOOKUP_LIMITS.perHour; i++) {
        const c = await solvedChallenge(ip);
        difficulties.push(c.difficulty);
        const res = await lookup({ ...AN, challenge: c }, ip);
        expect(res.statusCode, res.body).toBe(200);
      }
      expect(difficulties[0]).toBe(6);
      expect(Math.max(...difficulties)).toBe(10);

      clock.advance(10 * MINUTE);
      const over = await lookup({ ...AN, challenge: await solvedChallenge(ip) }, ip);
      expect(over.statusCode).toBe(429);
      expect(over.json().error.code).toBe('RATE_LIMITED');
      expect(Number(over.headers['retry-after'])).toBe(50 * 60);

      // Another address is not affected; the next hour starts afresh.
      expect((await lookup(AN)).statusCode).toBe(200);
      clock.advance(50 * MINUTE);
      expect((await lookup(AN, ip)).statusCode).toBe(200);
    } finally {
      t.runtime.services.bhxhCodeLookup = real;
    }
  });

  it('limits how many challenges an address may ask for', async () => {
    clock.set('2026-11-26T06:00:00Z');
    const ip = nextIp();
    for (let i = 0; i < BHXH_LOOKUP_LIMITS.challengesPerHour; i++)
      expect((await post('/api/lookups/bhxh-code/challenge', ip)).statusCode).toBe(200);
    const over = await post('/api/lookups/bhxh-code/challenge', ip);
    expect(over.statusCode).toBe(429);
    expect(over.json().error.code).toBe('RATE_LIMITED');
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('stops at the daily limit with 429 LOOKUP_DAILY_LIMIT until the next day', async () => {
    clock.set('2026-11-27T00:00:00Z');
    const ip = nextIp();
    // Only free lookups (a few an hour) through the day, until the daily ceiling.
    for (let i = 0; i < BHXH_LOOKUP_LIMITS.perDay; i++) {
      if (i > 0 && i % BHXH_LOOKUP_LIMITS.freePerHour === 0) clock.advance(HOUR);
      expect((await lookup(AN, ip)).statusCode).toBe(200);
    }
    clock.advance(HOUR);
    const over = await lookup(AN, ip);
    expect(over.statusCode).toBe(429);
    expect(over.json().error.code).toBe('LOOKUP_DAILY_LIMIT');
    expect(over.json().error.message).toContain('trong ngày');
    const retry = Number(over.headers['retry-after']);
    const midnight = new Date('2026-11-28T00:00:00Z').getTime();
    expect(retry).toBe(Math.ceil((midnight - clock.now().getTime()) / 1000));
    clock.set('2026-11-28T00:00:01Z');
    expect((await lookup(AN, ip)).statusCode).toBe(200);
  });
});

describe('privacy', () => {
  it('never returns more than one person in any answer', () => {
    expect(bodies.length).toBeGreaterThan(30);
    for (const body of bodies) {
      const codes = CODES.filter((c) => body.includes(c));
      expect(codes.length, body).toBeLessThanOrEqual(1);
      const parsed = bhxhCodeLookupResultSchema.parse(JSON.parse(body));
      if (parsed.status !== 'found') expect(Object.keys(JSON.parse(body))).toEqual(['status']);
    }
  });

  it('logs no name, birth date, id number or BHXH code', () => {
    const log = logLines.join('\n');
    expect(log).toContain('/api/lookups/bhxh-code');
    for (const secret of [
      'Nguyễn Văn An',
      'Nguyen Van An',
      'Trần Thị Bình',
      '1990-05-20',
      '1985-01-01',
      '001185000002',
      '031090002222',
      ...CODES,
    ])
      expect(log).not.toContain(secret);
  });
});

function leadingZeroBits(salt: string, nonce: number): number {
  const d = createHash('sha256').update(`${salt}:${nonce}`).digest();
  let bits = 0;
  for (const byte of d) {
    if (byte === 0) bits += 8;
    else return bits + Math.clz32(byte) - 24;
  }
  return bits;
}
