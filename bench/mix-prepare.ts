import { createHash, randomBytes } from 'node:crypto';
import { cccdFor } from '../apps/server/src/integrations/population-registry/simulator-population.ts';
import { hashPassword } from '../apps/server/src/lib/passwords.ts';

/** The password of every bench account (sign-ins of the mix use it). */
export const MIX_PASSWORD = 'bench-mix-password-2026';

export type Exec = (
  sql: string,
  params?: unknown[],
) => Promise<{ rows: Record<string, unknown>[] }>;

export type MixUser = { code: string; email: string; token: string };
export type MixPerson = {
  code: string;
  fullName: string;
  birthDate: string;
  /** Số CCCD as typed at registration: the records' own, or one consistent with birth year and gender. */
  idNumber: string;
  provinceCode: string | null;
};
export type MixPeople = { users: MixUser[]; strangers: MixPerson[] };

/**
 * Signed-in citizens for the mix: `users` accounts (password MIX_PASSWORD) for generated people
 * (codes 9…, spread over the whole population, so their records are read from every part of the
 * tables), each with a live session (`session` makes it: the runtime's session service in the
 * bench's own server, plain SQL against a running instance's database); and as many people
 * without an account, for registration steps and the BHXH-code lookup. Re-running on the same
 * database reuses the accounts (ON CONFLICT DO NOTHING).
 */
export async function prepareMixPeople(
  exec: Exec,
  users: number,
  session: (accountId: string) => Promise<string>,
): Promise<MixPeople> {
  const n = Number(
    (
      await exec(
        "select count(*)::int as n from insured_persons where bhxh_code like '9%' and length(bhxh_code) = 10",
      )
    ).rows[0]!.n,
  );
  if (n < 2 * users)
    throw new Error(`only ${n} generated people (codes 9…); the mix needs at least ${2 * users}`);
  const step = Math.floor(n / (2 * users));
  // Generated codes are 9000000000 + i (seed/population.ts): even slots get an account.
  const codes = Array.from({ length: 2 * users }, (_, i) => String(9_000_000_000 + i * step));
  const people = (
    await exec(
      `select bhxh_code, full_name, birth_date::text as birth_date, gender, id_number, province_code
         from insured_persons where bhxh_code = any($1::text[]) order by bhxh_code`,
      [codes],
    )
  ).rows.map(
    (r): MixPerson => ({
      code: r.bhxh_code as string,
      fullName: r.full_name as string,
      birthDate: r.birth_date as string,
      idNumber:
        (r.id_number as string | null) ??
        cccdFor(
          '001',
          Number(String(r.birth_date).slice(0, 4)),
          r.gender as 'male' | 'female',
          Number(String(r.bhxh_code).slice(-6)),
        ),
      provinceCode: (r.province_code as string | null) ?? null,
    }),
  );
  const withAccount = people.filter((_, i) => i % 2 === 0);
  const strangers = people.filter((_, i) => i % 2 === 1);
  const hash = await hashPassword(MIX_PASSWORD);
  for (let i = 0; i < withAccount.length; i += 500) {
    const chunk = withAccount.slice(i, i + 500);
    // $1 is the shared hash; each person takes three more parameters.
    const values = chunk.map(
      (_, j) => `('citizen', 'citizen', $${j * 3 + 2}, $${j * 3 + 3}, $${j * 3 + 4}, $1, false)`,
    );
    await exec(
      `insert into accounts (kind, role, bhxh_code, email, display_name, password_hash, must_change_password)
       values ${values.join(',')} on conflict do nothing`,
      [hash, ...chunk.flatMap((p) => [p.code, `mix${p.code}@bench.vssid.local`, p.fullName])],
    );
  }
  const ids = await exec(
    'select id, bhxh_code, email from accounts where bhxh_code = any($1::text[]) order by bhxh_code',
    [withAccount.map((p) => p.code)],
  );
  const out: MixUser[] = [];
  for (const r of ids.rows)
    out.push({
      code: r.bhxh_code as string,
      email: r.email as string,
      token: await session(r.id as string),
    });
  return { users: out, strangers };
}

/** A session row as sessions.create writes it (id = sha256 of the cookie token), for a running instance's database. */
export async function sqlSession(exec: Exec, accountId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await exec(
    `insert into sessions (id, account_id, kind, stage, csrf_token, created_at, last_seen_at, authenticated_at, expires_at)
     values ($1, $2, 'citizen', 'full', $3, now(), now(), now(), now() + interval '12 hours')`,
    [
      createHash('sha256').update(token).digest('hex'),
      accountId,
      randomBytes(24).toString('base64url'),
    ],
  );
  return token;
}
