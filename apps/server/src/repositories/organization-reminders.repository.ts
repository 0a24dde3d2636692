import { and, count, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  registrationDriveLinks,
  registrationDrives,
  rosterReminders,
  rosterRows,
} from '../db/schema/index.ts';

/** Reminders of a drive's students and the drive's signed links (issue 13). */
export function organizationRemindersRepository(db: Db) {
  return {
    /** The rows of these students on the drive (mã sinh viên), with what a reminder needs. */
    async rowsByCodes(driveId: string, codes: string[]) {
      if (codes.length === 0) return [];
      return db
        .select({
          id: rosterRows.id,
          studentCode: rosterRows.studentCode,
          fullName: rosterRows.fullName,
          email: rosterRows.email,
        })
        .from(rosterRows)
        .where(and(eq(rosterRows.driveId, driveId), inArray(rosterRows.studentCode, codes)));
    },
    /** Of these rows, those already reminded on `day`. */
    async remindedOn(rowIds: string[], day: string): Promise<Set<string>> {
      if (rowIds.length === 0) return new Set();
      const r = await db
        .select({ id: rosterReminders.rosterRowId })
        .from(rosterReminders)
        .where(and(inArray(rosterReminders.rosterRowId, rowIds), eq(rosterReminders.day, day)));
      return new Set(r.map((x) => x.id));
    },
    /** Reminders of the drive sent since `since` (the per-minute throttle). */
    async sentSince(driveId: string, since: Date): Promise<number> {
      const [r] = await db
        .select({ n: count() })
        .from(rosterReminders)
        .where(and(eq(rosterReminders.driveId, driveId), gte(rosterReminders.sentAt, since)));
      return Number(r?.n ?? 0);
    },
    /** False when the row already has a reminder that day (another send won the race). */
    async record(row: typeof rosterReminders.$inferInsert): Promise<boolean> {
      const r = await db
        .insert(rosterReminders)
        .values(row)
        .onConflictDoNothing()
        .returning({ id: rosterReminders.id });
      return r.length === 1;
    },
    /** A reminder link's row: only what the prefill may show, and the drive's deadline. */
    async rowForPrefill(rowId: string) {
      const [r] = await db
        .select({
          bhxhCode: rosterRows.bhxhCode,
          codeGiven: rosterRows.codeGiven,
          fullName: rosterRows.fullName,
          driveId: rosterRows.driveId,
          driveName: registrationDrives.name,
        })
        .from(rosterRows)
        .innerJoin(registrationDrives, eq(registrationDrives.id, rosterRows.driveId))
        .where(eq(rosterRows.id, rowId));
      return r;
    },
    async drive(driveId: string) {
      const [r] = await db
        .select({ id: registrationDrives.id, name: registrationDrives.name })
        .from(registrationDrives)
        .where(eq(registrationDrives.id, driveId));
      return r;
    },
    /** Ties a registration to a drive unless it already has one; true when this call did. */
    async link(registrationId: string, driveId: string, now: Date): Promise<boolean> {
      const r = await db
        .insert(registrationDriveLinks)
        .values({ registrationId, driveId, linkedAt: now })
        .onConflictDoNothing()
        .returning({ id: registrationDriveLinks.registrationId });
      return r.length === 1;
    },
  };
}
export type OrganizationRemindersRepository = ReturnType<typeof organizationRemindersRepository>;
