import { eq, inArray } from 'drizzle-orm';
import { hashPassword } from '../../lib/passwords.ts';
import { sealTotpSecret } from '../../services/totp.service.ts';
import type { Database } from '../client.ts';
import {
  accounts,
  agencies,
  organizationStaff,
  organizations,
  registrationDrives,
  staffTotp,
} from '../schema/index.ts';
import { DEMO } from './demo.ts';

/** The faculty of the demo "Cán bộ khoa" (the roster's "khoa" column must say the same). */
export const DEMO_FACULTY = 'Khoa Công nghệ thông tin';

/**
 * The university's staff at /to-chuc (issue 13), listed in the README with their TOTP seeds like
 * the officers: one "Cán bộ đơn vị" (the whole university) and one "Cán bộ khoa".
 */
export const DEMO_ORG_STAFF = [
  {
    username: 'vmu.donvi',
    role: 'org_unit',
    faculty: null,
    displayName: 'Cán bộ đơn vị – Trường Đại học Hàng hải Việt Nam',
    totp: 'VSSIDVMUDONVIDEMOTOTPKEYABCDEFGH',
  },
  {
    username: 'vmu.khoa.cntt',
    role: 'org_faculty',
    faculty: DEMO_FACULTY,
    displayName: 'Cán bộ khoa – Khoa Công nghệ thông tin',
    totp: 'VSSIDVMUKHOACNTTDEMOTOTPKEYABCDE',
  },
] as const;

export const DEMO_DRIVE_NAME = 'Đăng ký VssID cho sinh viên toàn trường';
/** The demo drive ends this many days after the seeding date, so its countdown means something. */
export const DEMO_DRIVE_DAYS = 21;

const SEED_LOCK = 7_370_005;
const vnDate = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * The demo university's staff and its drive (after seedDemo made the university and the agencies).
 * Idempotent: adds only what is missing. True if anything was added.
 */
export async function seedDemoOrganization(
  database: Database,
  fieldKey: Buffer,
  now: Date = new Date(),
): Promise<boolean> {
  return database.withAdvisoryLock(SEED_LOCK, async () => {
    const { db } = database;
    const [org] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.code, 'VMU'));
    const [agency] = await db
      .select({ id: agencies.id })
      .from(agencies)
      .where(eq(agencies.code, '031'));
    if (!org || !agency) return false;
    let added = false;
    const existing = await db
      .select({ id: accounts.id, username: accounts.username })
      .from(accounts)
      .where(
        inArray(
          accounts.username,
          DEMO_ORG_STAFF.map((s) => s.username),
        ),
      );
    const ids = new Map(existing.map((a) => [a.username, a.id]));
    let passwordHash: string | null = null;
    for (const s of DEMO_ORG_STAFF) {
      if (ids.has(s.username)) continue;
      passwordHash ??= await hashPassword(DEMO.password);
      await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(accounts)
          .values({
            kind: 'staff',
            role: s.role,
            username: s.username,
            agencyId: null,
            email: `${s.username}@vimaru.example`,
            displayName: s.displayName,
            passwordHash: passwordHash!,
            mustChangePassword: false,
          })
          .returning({ id: accounts.id });
        await tx
          .insert(organizationStaff)
          .values({ accountId: row!.id, organizationId: org.id, faculty: s.faculty });
        await tx.insert(staffTotp).values({
          accountId: row!.id,
          secret: sealTotpSecret(fieldKey, row!.id, s.totp),
          createdAt: now,
        });
      });
      added = true;
    }
    const drives = await db
      .select({ id: registrationDrives.id })
      .from(registrationDrives)
      .where(eq(registrationDrives.organizationId, org.id));
    if (drives.length === 0) {
      await db.insert(registrationDrives).values({
        organizationId: org.id,
        name: DEMO_DRIVE_NAME,
        deadline: vnDate(new Date(now.getTime() + DEMO_DRIVE_DAYS * 86_400_000)),
        agencyId: agency.id,
      });
      added = true;
    }
    return added;
  });
}
