import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/lib/clock.ts';
import { createTestApp, eventually, type TestApp } from './helpers.ts';
import { seedAuthFixture, staffSession } from './support/auth-fixture.ts';

/** Personal numbers typed into paths (issue 10, item 9): never in the request log. */
const lines: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    lines.push(chunk.toString());
    done();
  },
});
const clock = new FakeClock();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ workers: false, clock, log: pino({ level: 'info' }, sink) });
  await seedAuthFixture(t);
});
afterAll(async () => t?.close());

const requestLines = () =>
  lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request') as {
    path: string;
    route?: string;
    status: number;
  }[];

describe('the request log', () => {
  it('masks mã số BHXH, CCCD and CMND numbers in logged paths, encoded or not', async () => {
    const officer = await staffSession(t, 'officerX', clock);
    const numbers = ['0123456789', '079188765432', '123456789'];
    const urls = [
      // An officer opening a citizen's records: the code is the path.
      ...numbers.map((n) => ({ url: `/api/admin/citizens/${n}/records`, headers: officer })),
      // Anonymous, percent-encoded, and on a path no route answers.
      { url: '/api/admin/citizens/%30%31%32%33%34%35%36%37%38%39/records', headers: {} },
      { url: '/api/no-such-thing/0123456789', headers: {} },
    ];
    const before = requestLines().length;
    for (const { url, headers } of urls) await t.app.inject({ method: 'GET', url, headers });
    // The line is written when the response has gone, which may be after inject resolves.
    await eventually(async () =>
      requestLines().length >= before + urls.length ? true : undefined,
    );
    const logged = requestLines().slice(before);
    const text = JSON.stringify(logged);
    for (const n of numbers) expect(text.includes(n), `log contains ${n}`).toBe(false);
    expect(logged.map((l) => l.path)).toEqual([
      '/api/admin/citizens/**********/records',
      '/api/admin/citizens/************/records',
      '/api/admin/citizens/*********/records',
      '/api/admin/citizens/**********/records',
      '/api/no-such-thing/**********',
    ]);
    // Which route answered is still known.
    expect(logged[0]!.route).toBe('/api/admin/citizens/:bhxhCode/records');
  });
});
