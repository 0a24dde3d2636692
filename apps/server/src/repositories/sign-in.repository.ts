import { getTableColumns } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { accounts, type sessions } from '../db/schema/index.ts';
import type { AccountWithPerson } from './account.repository.ts';

type SessionInsert = typeof sessions.$inferInsert;

const accountColumns = Object.entries(getTableColumns(accounts));
/** `a.<column> as "<property>"` for every column of accounts: rows come out as AccountRow. */
const accountSelect = accountColumns.map(([prop, c]) => `a.${c.name} as "${prop}"`).join(', ');
const dateProps = accountColumns.filter(([, c]) => c.dataType === 'date').map(([prop]) => prop);

/**
 * The per-IP counter (an upsert, as rate-limit.repository's `increment`) and the citizen's
 * account with the person's fields by primary key (as account.repository's `withPerson`), in one
 * statement. The counter is taken whether or not the code has an account; `a.*` is null for an
 * unknown code, so the answer has one row either way.
 */
const COUNT_IP_AND_FIND_CITIZEN = `
with ip as (
  insert into rate_limits (key, count, expires_at) values ($1, 1, $2::timestamptz)
  on conflict (key) do update set count = rate_limits.count + 1
  returning count
)
select ip.count as "ipCount", ${accountSelect},
  (select p.birth_date::text from insured_persons p where p.bhxh_code = a.bhxh_code) as "birthDate",
  (select p.full_name from insured_persons p where p.bhxh_code = a.bhxh_code) as "fullName"
from ip left join accounts a on a.bhxh_code = $3 and a.kind = 'citizen'`;

/**
 * After the right password: the throttle row cleared, the browser's previous session (if any)
 * ended, the new session inserted — one statement, so one round trip and one commit.
 */
const CLEAR_THROTTLE_AND_START_SESSION = `
with cleared as (delete from login_throttles where key = $1),
ended as (update sessions set revoked_at = $2::timestamptz where id = $3)
insert into sessions
  (id, account_id, kind, stage, csrf_token, user_agent, ip,
   created_at, last_seen_at, authenticated_at, expires_at)
values ($4, $5, $6, $7, $8, $9, $10, $11::timestamptz, $12::timestamptz, $13::timestamptz, $14::timestamptz)`;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * The password sign-in's own statements (services/auth.service.ts `login`), hand-written and
 * prepared: the five statements a sign-in made through the query builder (per-IP counter,
 * account, throttle reservation, throttle clear, session) were half of the main thread's work
 * beside argon2 (docs/PERFORMANCE.md). Raw `executeSql`, so never inside a unit of work.
 */
export function signInRepository(database: Pick<Database, 'executeSql'>) {
  return {
    async countIpAndFindCitizen(
      ip: { key: string; expiresAt: Date },
      bhxhCode: string,
    ): Promise<{ ipCount: number; account: AccountWithPerson | undefined }> {
      const { rows } = await database.executeSql(
        COUNT_IP_AND_FIND_CITIZEN,
        [ip.key, ip.expiresAt.toISOString(), bhxhCode],
        'sign_in_count_ip_find_citizen',
      );
      const row = rows[0]!;
      const ipCount = Number(row.ipCount);
      if (row.id == null) return { ipCount, account: undefined };
      for (const prop of dateProps) {
        const v = row[prop];
        if (v != null && !(v instanceof Date)) row[prop] = new Date(v as string);
      }
      delete row.ipCount;
      return { ipCount, account: row as unknown as AccountWithPerson };
    },

    async clearThrottleAndStartSession(
      throttleKey: string,
      previousSessionId: string | null,
      endedAt: Date,
      s: SessionInsert,
    ): Promise<void> {
      await database.executeSql(
        CLEAR_THROTTLE_AND_START_SESSION,
        [
          throttleKey,
          endedAt.toISOString(),
          previousSessionId,
          s.id,
          s.accountId,
          s.kind,
          s.stage ?? 'full',
          s.csrfToken,
          s.userAgent ?? null,
          s.ip ?? null,
          iso(s.createdAt),
          iso(s.lastSeenAt),
          iso(s.authenticatedAt),
          iso(s.expiresAt),
        ],
        'sign_in_clear_throttle_start_session',
      );
    },
  };
}
export type SignInRepository = ReturnType<typeof signInRepository>;
