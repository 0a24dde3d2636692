import type { TestApp } from '../helpers.ts';
import { sessionHeaders } from '../helpers.ts';

const sqlOf = (t: TestApp) => (q: string, v?: unknown[]) => t.runtime.database.executeSql(q, v);

/** An account's id by its username (the seeded demo staff). */
export async function accountIdOf(t: TestApp, username: string): Promise<string> {
  const r = await sqlOf(t)('select id from accounts where username = $1', [username]);
  return String(r.rows[0]!.id);
}

/**
 * The organization tests' world: the seeded demo drive (Trường Đại học Hàng hải Việt Nam), and a
 * second organization (Trường Đại học Hải Phòng) with its own drive and its own "Cán bộ đơn vị",
 * hpu.donvi, to prove one organization never reaches another's.
 */
export async function organizationFixture(
  t: TestApp,
): Promise<{ driveId: string; otherOrgId: string; otherDriveId: string }> {
  const sql = sqlOf(t);
  const driveId = String((await sql('select id from registration_drives')).rows[0]!.id);
  const org = await sql(
    `insert into organizations (code, name, kind, province_code, address)
     values ('HPU', 'Trường Đại học Hải Phòng', 'university', '31', 'Hải Phòng') returning id`,
  );
  const otherOrgId = String(org.rows[0]!.id);
  const agency = String((await sql(`select id from agencies where code = '031'`)).rows[0]!.id);
  const drive = await sql(
    `insert into registration_drives (organization_id, name, deadline, agency_id)
     values ($1, 'Đợt khác', '2026-12-31', $2) returning id`,
    [otherOrgId, agency],
  );
  const acc = await sql(
    `insert into accounts (kind, role, username, display_name, password_hash, must_change_password)
     values ('staff', 'org_unit', 'hpu.donvi', 'Cán bộ HPU', 'x', false) returning id`,
  );
  await sql('insert into organization_staff (account_id, organization_id) values ($1, $2)', [
    acc.rows[0]!.id,
    otherOrgId,
  ]);
  return { driveId, otherOrgId, otherDriveId: String(drive.rows[0]!.id) };
}

/** Fresh sessions of the three organization staff: the unit, its faculty, the other unit. */
export async function organizationSessions(t: TestApp) {
  const as = async (username: string) => sessionHeaders(t, await accountIdOf(t, username), 'staff');
  return {
    unit: await as('vmu.donvi'),
    faculty: await as('vmu.khoa.cntt'),
    other: await as('hpu.donvi'),
  };
}
