import { eq, inArray } from 'drizzle-orm';
import { hashPassword } from '../../lib/passwords.ts';
import { sealTotpSecret } from '../../services/totp.service.ts';
import type { Database } from '../client.ts';
import { accounts, agencies, staffTotp } from '../schema/index.ts';
import { DEMO } from './demo.ts';

/**
 * Demo staff and their TOTP seeds, listed in the README with otpauth:// URIs so a person can add
 * them to an authenticator app. Fixed, public, for demos only (never seeded in production).
 */
export const DEMO_STAFF = [
  {
    username: DEMO.officers.hanoi,
    role: 'officer',
    agency: '001',
    displayName: 'Cán bộ tiếp nhận – BHXH Tp. Hà Nội',
    totp: 'VSSIDHANOIOFFICERDEMOTOTPKEYABCD',
  },
  {
    username: DEMO.officers.haiphong,
    role: 'officer',
    agency: '031',
    displayName: 'Cán bộ tiếp nhận – BHXH TP Hải Phòng',
    totp: 'VSSIDHAIPHONGOFFICERDEMOTOTPKEYA',
  },
  {
    username: 'hanoi.supervisor',
    role: 'supervisor',
    agency: '001',
    displayName: 'Kiểm soát viên – BHXH Tp. Hà Nội',
    totp: 'VSSIDHANOISUPERVISORDEMOTOTPKEYA',
  },
  {
    username: 'hanoi.admin',
    role: 'administrator',
    agency: '001',
    displayName: 'Quản trị viên – BHXH Tp. Hà Nội',
    totp: 'VSSIDHANOIADMINDEMOTOTPKEYABCDEF',
  },
] as const;

const SEED_LOCK = 7_370_004;

/**
 * Adds whichever demo staff accounts and TOTP seeds are missing (after seedDemo made the agencies),
 * so a database seeded before staff sign-in existed gets them too. True if anything was added.
 */
export async function seedDemoStaff(database: Database, fieldKey: Buffer): Promise<boolean> {
  return database.withAdvisoryLock(SEED_LOCK, async () => {
    const { db } = database;
    const agencyRows = await db.select({ id: agencies.id, code: agencies.code }).from(agencies);
    const agencyId = new Map(agencyRows.map((a) => [a.code, a.id]));
    if (!DEMO_STAFF.every((s) => agencyId.has(s.agency))) return false;
    const names = DEMO_STAFF.map((s) => s.username);
    const existing = await db
      .select({ id: accounts.id, username: accounts.username })
      .from(accounts)
      .where(inArray(accounts.username, names));
    const ids = new Map(existing.map((a) => [a.username, a.id]));
    let added = false;
    let passwordHash: string | null = null;
    for (const s of DEMO_STAFF) {
      let id = ids.get(s.username);
      if (!id) {
        passwordHash ??= await hashPassword(DEMO.password);
        const [row] = await db
          .insert(accounts)
          .values({
            kind: 'staff',
            role: s.role,
            username: s.username,
            agencyId: agencyId.get(s.agency)!,
            email: `${s.username}@vssid.local`,
            displayName: s.displayName,
            passwordHash,
            mustChangePassword: false,
          })
          .returning({ id: accounts.id });
        id = row!.id;
        added = true;
      }
      const [totp] = await db.select().from(staffTotp).where(eq(staffTotp.accountId, id));
      if (!totp) {
        await db.insert(staffTotp).values({
          accountId: id,
          secret: sealTotpSecret(fieldKey, id, s.totp),
          createdAt: new Date(),
        });
        added = true;
      }
    }
    return added;
  });
}
