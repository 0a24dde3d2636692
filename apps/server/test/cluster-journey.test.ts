import { randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { generate } from 'otplib';
import pg from 'pg';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STUDENTS } from '../src/db/seed/demo-students.ts';
import { solveProofOfWork } from '../src/lib/proof-of-work.ts';
import { freshDatabase, TEST_DRIVER, waitFor } from './helpers.ts';
import { freePort, type ServerProcess, startServer } from './process-helpers.ts';
import { SoftAuthenticator } from './support/soft-authenticator.ts';

/**
 * Issue 12.5: two real server processes (main.ts, as `npm start` runs it) on one PostgreSQL
 * database, and every request of a citizen's whole journey alternates between them:
 * registration (draft, photo, OTP), approval by an officer (password + TOTP), first sign-in with
 * the forced change, a passkey, password reset, records, lookups (with a proof-of-work challenge),
 * "Đăng xuất khỏi mọi thiết bị". Nothing one instance needs may live in the other's memory, and the
 * mail jobs of both instances must never send a mail twice.
 *
 * Both processes are given the same embedded-mailbox port: the second finds it taken and takes a
 * free one; both store what they receive in the one dev_mailbox table the test reads.
 */
const enabled = TEST_DRIVER === 'postgres' && !!process.env.TEST_DATABASE_URL;
if (!enabled)
  console.log(
    'cluster-journey.test.ts skipped: two server processes need one PostgreSQL database (TEST_DB=postgres TEST_DATABASE_URL=postgres://…)',
  );

const ORIGIN = 'http://localhost:3000';
const DEMO_PASSWORD = 'cay-bang-la-do-2026';
const OFFICER = { username: 'haiphong.officer', totp: 'VSSIDHAIPHONGOFFICERDEMOTOTPKEYA' };
const STUDENT = DEMO_STUDENTS[0]!;
const EMAIL = 'duc.cluster@example.com';
const NEW_PASSWORD = 'Hoa phượng đỏ rực sân trường Hàng hải';
const NEWER_PASSWORD = 'Sóng biển Đồ Sơn vỗ về bãi cát vàng';

type Session = { cookie: string; csrf: string };
// biome-ignore lint/suspicious/noExplicitAny: the journey reads many answers' JSON loosely.
type Json = any;
type Res = { status: number; body: Json; cookies: Record<string, string> };

describe.skipIf(!enabled)(
  'two API processes, one PostgreSQL: the whole journey alternating',
  () => {
    let servers: ServerProcess[] = [];
    let fresh: Awaited<ReturnType<typeof freshDatabase>>;
    let db: pg.Client;
    let turn = 0;
    const served = [0, 0];

    beforeAll(async () => {
      fresh = await freshDatabase();
      const url = (fresh.options as { url: string }).url;
      const env = {
        DATABASE_URL: url,
        DATABASE_POOL_SIZE: '4',
        APP_SECRET: randomBytes(32).toString('hex'),
        SEED_DEMO: 'true',
        EMBEDDED_SMTP_PORT: String(await freePort()),
        WEBAUTHN_RP_ID: 'localhost',
        WEBAUTHN_ORIGINS: ORIGIN,
        QUEUE_POLL_SECONDS: '0.5',
        MAIL_RETRY_DELAY_SECONDS: '1',
        // Longer than the test waits: only the NOTIFY invalidation can end a session in time.
        SESSION_CACHE_SECONDS: '60',
        LOG_LEVEL: 'warn',
      };
      // Started together: migrations, seeds and queue declarations take advisory locks.
      servers = await Promise.all([startServer(env, 150_000), startServer(env, 150_000)]);
      db = new pg.Client({ connectionString: url });
      await db.connect();
    }, 300_000);

    afterAll(async () => {
      await db?.end();
      for (const s of servers) s.proc.kill('SIGTERM');
      await Promise.all(servers.map((s) => s.exited));
      await fresh?.drop();
    }, 60_000);

    /** One request, to the instance whose turn it is (A, B, A, B…). */
    async function call(
      method: string,
      path: string,
      o: {
        session?: Session;
        json?: unknown;
        body?: Uint8Array;
        headers?: Record<string, string>;
      } = {},
    ): Promise<Res> {
      const i = turn++ % 2;
      served[i]!++;
      const headers: Record<string, string> = { ...o.headers };
      if (o.session) {
        headers.cookie = o.session.cookie;
        headers['x-csrf-token'] = o.session.csrf;
      }
      if (o.json !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${servers[i]!.url}${path}`, {
        method,
        headers,
        body: o.json !== undefined ? JSON.stringify(o.json) : o.body,
      });
      const text = await res.text();
      const cookies: Record<string, string> = {};
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const at = pair!.indexOf('=');
        cookies[pair!.slice(0, at)] = pair!.slice(at + 1);
      }
      let body: Json = text;
      try {
        body = JSON.parse(text);
      } catch {}
      return { status: res.status, body, cookies };
    }

    const expectStatus = (r: Res, status: number, what: string) =>
      expect(r.status, `${what}: ${JSON.stringify(r.body)}`).toBe(status);

    const sessionOf = (r: Res, name = 'vssid_session'): Session => ({
      cookie: `${name}=${r.cookies[name]}`,
      csrf: r.body.csrfToken,
    });

    /** Every mail the embedded mailboxes stored for the address, parsed. */
    async function mails(to: string) {
      const { rows } = await db.query(
        'select raw from dev_mailbox where envelope_to @> jsonb_build_array($1::text) order by received_at',
        [to],
      );
      return Promise.all(
        rows.map(async (r) => {
          const m = await simpleParser(String(r.raw));
          return { subject: m.subject ?? '', text: m.text ?? '' };
        }),
      );
    }
    /** Waits for the `n`-th mail whose subject matches, and reads `pattern` out of it. */
    async function fromMail(subject: RegExp, pattern: RegExp, n = 1): Promise<string> {
      return waitFor(
        async () => {
          const m = (await mails(EMAIL)).filter((x) => subject.test(x.subject))[n - 1];
          return m && pattern.exec(m.text)?.[1];
        },
        { timeoutMs: 30_000, what: `mail ${subject}` },
      );
    }

    /** Polls both instances until each refuses the session (at most 1 s). */
    async function refusedEverywhere(s: Session, what: string) {
      for (const server of servers) {
        await waitFor(
          async () =>
            (await fetch(`${server.url}/api/auth/session`, { headers: { cookie: s.cookie } }))
              .status === 204,
          { timeoutMs: 1_000, intervalMs: 20, what: `${what} on ${server.url}` },
        );
      }
    }

    it('registers, is approved, signs in, uses a passkey, resets, reads records, looks up, signs out everywhere', async () => {
      // The second process found the mailbox port taken and went on with a free one.
      expect(servers.map((s) => s.logs()).join('\n')).toContain('embedded mailbox port in use');

      // ── Registration: draft, step 1–2, consent, portrait, OTP, submit ──
      const draft = await call('POST', '/api/registrations');
      expectStatus(draft, 201, 'draft');
      const d = { 'x-draft-token': draft.body.draftToken };
      const reg = `/api/registrations/${draft.body.id}`;
      const applicant = await call('PUT', `${reg}/applicant`, {
        headers: d,
        json: {
          bhxhCode: STUDENT.bhxhCode,
          fullName: STUDENT.fullName,
          idNumber: STUDENT.idNumber,
          birthDate: STUDENT.birthDate,
          provinceCode: STUDENT.provinceCode,
          communeCode: STUDENT.communeCode,
          street: STUDENT.street,
          phone: STUDENT.phone,
        },
      });
      expectStatus(applicant, 200, 'applicant');
      expect(applicant.body.requiredPhotos).toEqual(['portrait']);
      expectStatus(await call('GET', reg, { headers: d }), 200, 'draft read back');
      expectStatus(
        await call('PUT', `${reg}/consent`, { headers: d, json: { accepted: true } }),
        200,
        'consent',
      );
      const jpeg = await sharp({
        create: { width: 640, height: 480, channels: 3, background: '#6fa8dc' },
      })
        .jpeg()
        .toBuffer();
      expectStatus(
        await call('PUT', `${reg}/photos/portrait`, {
          headers: { ...d, 'content-type': 'image/jpeg' },
          body: new Uint8Array(jpeg),
        }),
        200,
        'portrait',
      );
      const agency = (await db.query("select id from agencies where code = '031'")).rows[0].id;
      expectStatus(
        await call('POST', `${reg}/otp`, { headers: d, json: { agencyId: agency, email: EMAIL } }),
        200,
        'otp',
      );
      const otp = await fromMail(/^Mã OTP xác nhận đăng ký/, /là: (\d{6})/);
      const submitted = await call('POST', `${reg}/submit`, { headers: d, json: { otp } });
      expectStatus(submitted, 200, 'submit');

      // ── Approval: password on one instance, TOTP on the other, then the queue and "Duyệt" ──
      const staffPassword = await call('POST', '/api/admin/auth/login', {
        json: { username: OFFICER.username, password: DEMO_PASSWORD },
      });
      expectStatus(staffPassword, 200, 'staff password');
      const code = await generate({
        secret: OFFICER.totp,
        epoch: Math.floor(Date.now() / 1000),
      });
      const staffTotp = await call('POST', '/api/admin/auth/totp', {
        session: sessionOf(staffPassword, 'vssid_staff'),
        json: { code },
      });
      expectStatus(staffTotp, 200, 'staff totp');
      const officer: Session = {
        cookie: sessionOf(staffPassword, 'vssid_staff').cookie,
        csrf: staffTotp.body.csrfToken ?? staffPassword.body.csrfToken,
      };
      if (staffTotp.cookies.vssid_staff)
        officer.cookie = `vssid_staff=${staffTotp.cookies.vssid_staff}`;
      const queue = await call('GET', '/api/admin/registrations?status=pending', {
        session: officer,
      });
      expectStatus(queue, 200, 'queue');
      const application = queue.body.items.find(
        (x: { applicationNumber: string }) =>
          x.applicationNumber === submitted.body.applicationNumber,
      );
      expect(application, JSON.stringify(queue.body)).toBeDefined();
      expectStatus(
        await call('GET', `/api/admin/registrations/${application.id}`, { session: officer }),
        200,
        'detail',
      );
      expectStatus(
        await call('POST', `/api/admin/registrations/${application.id}/approve`, {
          session: officer,
          json: {},
        }),
        200,
        'approve',
      );

      // ── First sign-in with the mailed password, and the forced change ──
      const mailed = await fromMail(/^ID và mật khẩu/, /Mật khẩu: (\S+)/);
      const first = await call('POST', '/api/auth/login', {
        json: { bhxhCode: STUDENT.bhxhCode, password: mailed },
      });
      expectStatus(first, 200, 'first sign-in');
      expect(first.body.mustChangePassword).toBe(true);
      const s1 = sessionOf(first);
      const blocked = await call('GET', '/api/me/summary', { session: s1 });
      expectStatus(blocked, 403, 'before the change');
      expectStatus(
        await call('POST', '/api/auth/password', {
          session: s1,
          json: { currentPassword: mailed, newPassword: NEW_PASSWORD },
        }),
        200,
        'forced change',
      );
      // The other instance had the "must change" session cached: it sees the change at once.
      expectStatus(await call('GET', '/api/me/summary', { session: s1 }), 200, 'summary');
      expectStatus(await call('GET', '/api/me/summary', { session: s1 }), 200, 'summary again');

      // ── Passkey: options on one instance, answer on the other; then sign in with it ──
      const phone = new SoftAuthenticator(ORIGIN, 'localhost');
      const regOptions = await call('POST', '/api/auth/passkeys/registration-options', {
        session: s1,
      });
      expectStatus(regOptions, 200, 'passkey options');
      expectStatus(
        await call('POST', '/api/auth/passkeys/registration', {
          session: s1,
          json: { name: 'Điện thoại của Đức', response: phone.register(regOptions.body) },
        }),
        201,
        'passkey registration',
      );
      const loginOptions = await call('POST', '/api/auth/passkeys/login-options');
      expectStatus(loginOptions, 200, 'passkey login options');
      const byPasskey = await call('POST', '/api/auth/passkeys/login', {
        json: { response: phone.assert(loginOptions.body) },
      });
      expectStatus(byPasskey, 200, 'passkey sign-in');
      const s2 = sessionOf(byPasskey);

      // ── Records ──
      for (const path of ['/api/me/card', '/api/me/participation', '/api/me/summary'])
        expectStatus(await call('GET', path, { session: s2 }), 200, path);

      // ── Password reset: both sessions end on both instances ──
      const started = await call('POST', '/api/auth/password-reset/start', {
        json: { bhxhCode: STUDENT.bhxhCode, email: EMAIL },
      });
      expectStatus(started, 202, 'reset start');
      const resetCode = await fromMail(/^Mã OTP khôi phục mật khẩu/, /là: (\d{6})/);
      expectStatus(
        await call('POST', '/api/auth/password-reset/confirm', {
          json: { requestId: started.body.requestId, otp: resetCode },
        }),
        200,
        'reset confirm',
      );
      await refusedEverywhere(s1, 'password session after the reset');
      await refusedEverywhere(s2, 'passkey session after the reset');
      const resetPassword = await fromMail(/^Mật khẩu mới/, /Mật khẩu mới: (\S+)/);
      const again = await call('POST', '/api/auth/login', {
        json: { bhxhCode: STUDENT.bhxhCode, password: resetPassword },
      });
      expectStatus(again, 200, 'sign-in after the reset');
      const s3 = sessionOf(again);
      expectStatus(
        await call('POST', '/api/auth/password', {
          session: s3,
          json: { currentPassword: resetPassword, newPassword: NEWER_PASSWORD },
        }),
        200,
        'change after the reset',
      );

      // ── Lookups: directories, and "Tra cứu mã số BHXH" whose counters and challenges are shared ──
      const agencies = await call(
        'GET',
        `/api/lookups/agencies?q=${encodeURIComponent('Hải Phòng')}`,
      );
      expectStatus(agencies, 200, 'agencies');
      expect(agencies.body.items.length).toBeGreaterThan(0);
      const person = { provinceCode: '01', fullName: 'Nguyễn Thị Thu Hà', birthDate: '1988-03-12' };
      let lookup: Res;
      do lookup = await call('POST', '/api/lookups/bhxh-code', { json: person });
      while (lookup.status === 200 && turn < 200);
      // The free lookups of this address ran out (counted across both instances).
      expectStatus(lookup, 428, 'challenge required');
      const challenge = await call('POST', '/api/lookups/bhxh-code/challenge');
      expectStatus(challenge, 200, 'challenge');
      const solved = await call('POST', '/api/lookups/bhxh-code', {
        json: {
          ...person,
          challenge: {
            id: challenge.body.id,
            nonce: solveProofOfWork(challenge.body.salt, challenge.body.difficulty),
          },
        },
      });
      expectStatus(solved, 200, 'lookup with the solved challenge');
      expect(solved.body.status).toBe('found');

      // ── "Đăng xuất khỏi mọi thiết bị": a passkey session too; both instances refuse both ──
      const options2 = await call('POST', '/api/auth/passkeys/login-options');
      const s4 = sessionOf(
        await call('POST', '/api/auth/passkeys/login', {
          json: { response: phone.assert(options2.body) },
        }),
      );
      expectStatus(await call('GET', '/api/me/card', { session: s4 }), 200, 'card (passkey)');
      expectStatus(await call('GET', '/api/me/card', { session: s3 }), 200, 'card (password)');
      expectStatus(await call('GET', '/api/me/card', { session: s4 }), 200, 'card (passkey)');
      expectStatus(await call('POST', '/api/auth/logout-all', { session: s3 }), 204, 'logout-all');
      await refusedEverywhere(s3, 'this device after logout-all');
      await refusedEverywhere(s4, 'the other device after logout-all');

      // ── Mail: every mail delivered once, by whichever instance's job took it ──
      await waitFor(
        async () =>
          (await db.query("select count(*)::int as n from mail_outbox where status <> 'sent'"))
            .rows[0].n === 0,
        { timeoutMs: 30_000, what: 'every mail sent' },
      );
      const { rows: twice } = await db.query(
        'select message_id, count(*)::int as n from dev_mailbox group by message_id having count(*) > 1',
      );
      expect(twice).toEqual([]);
      const outbox = (await db.query('select count(*)::int as n from mail_outbox')).rows[0].n;
      const mailbox = (await db.query('select count(*)::int as n from dev_mailbox')).rows[0].n;
      expect(mailbox).toBe(outbox);
      const subjects = (await mails(EMAIL)).map((m) => m.subject);
      const count = (re: RegExp) => subjects.filter((s) => re.test(s)).length;
      expect(count(/^Mã OTP xác nhận đăng ký/)).toBe(1);
      expect(count(/^Đã nhận hồ sơ đăng ký/)).toBe(1);
      expect(count(/^ID và mật khẩu/)).toBe(1);
      expect(count(/vừa được thay đổi$/)).toBe(2);
      expect(count(/^Mã OTP khôi phục mật khẩu/)).toBe(1);
      expect(count(/^Mật khẩu mới/)).toBe(1);
      expect(subjects).toHaveLength(7);
      // Both instances answered half of the journey.
      expect(Math.abs(served[0]! - served[1]!)).toBeLessThanOrEqual(1);
    }, 240_000);
  },
);
