import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.ts';
import {
  accounts,
  agencies,
  declarationReceipts,
  organizations,
  registrationDrives,
  registrations,
  rosterRows,
} from '../db/schema/index.ts';

export type ReceiptRow = {
  applicationNumber: string;
  bhxhCode: string;
  studentCode: string;
  fullName: string;
  faculty: string;
  className: string;
  receivedAt: Date;
  receivedByName: string;
};

/** Signed declarations (issue 13): receipts of a drive, with the roster student they are for. */
export function declarationsRepository(db: Db) {
  const receiver = alias(accounts, 'receiver');
  /** Receipts in force joined to their student and application; `faculty` narrows them. */
  const receipts = (driveId: string, faculty: string | null, extra?: SQL) =>
    db
      .select({
        applicationNumber: sql<string>`${registrations.applicationNumber}`,
        bhxhCode: rosterRows.bhxhCode,
        studentCode: rosterRows.studentCode,
        fullName: rosterRows.fullName,
        faculty: rosterRows.faculty,
        className: rosterRows.className,
        receivedAt: declarationReceipts.receivedAt,
        receivedByName: receiver.displayName,
        agencyId: registrations.agencyId,
      })
      .from(declarationReceipts)
      .innerJoin(
        rosterRows,
        and(
          eq(rosterRows.driveId, declarationReceipts.driveId),
          eq(rosterRows.bhxhCode, declarationReceipts.bhxhCode),
        ),
      )
      .innerJoin(registrations, eq(registrations.id, declarationReceipts.registrationId))
      .innerJoin(receiver, eq(receiver.id, declarationReceipts.receivedBy))
      .where(
        and(
          eq(declarationReceipts.driveId, driveId),
          isNull(declarationReceipts.undoneAt),
          faculty !== null ? eq(rosterRows.faculty, faculty) : undefined,
          extra,
        ),
      );

  return {
    async drive(organizationId: string, driveId: string) {
      const [row] = await db
        .select({
          id: registrationDrives.id,
          name: registrationDrives.name,
          agencyId: registrationDrives.agencyId,
          organizationName: organizations.name,
        })
        .from(registrationDrives)
        .innerJoin(organizations, eq(organizations.id, registrationDrives.organizationId))
        .where(
          and(
            eq(registrationDrives.organizationId, organizationId),
            eq(registrationDrives.id, driveId),
          ),
        );
      return row;
    },
    async agency(id: string) {
      const [row] = await db
        .select({ id: agencies.id, name: agencies.name })
        .from(agencies)
        .where(eq(agencies.id, id));
      return row;
    },
    /** A submitted application by its number (drafts have none). */
    async application(number: string) {
      const [row] = await db
        .select({
          id: registrations.id,
          status: registrations.status,
          bhxhCode: registrations.bhxhCode,
        })
        .from(registrations)
        .where(eq(registrations.applicationNumber, number));
      return row;
    },
    async student(driveId: string, bhxhCode: string) {
      const [row] = await db
        .select({
          studentCode: rosterRows.studentCode,
          fullName: rosterRows.fullName,
          faculty: rosterRows.faculty,
          className: rosterRows.className,
        })
        .from(rosterRows)
        .where(and(eq(rosterRows.driveId, driveId), eq(rosterRows.bhxhCode, bhxhCode)));
      return row;
    },
    /** The receipt in force for this student of the drive, if any. */
    async receiptOf(driveId: string, bhxhCode: string): Promise<ReceiptRow | undefined> {
      const [row] = await receipts(driveId, null, eq(declarationReceipts.bhxhCode, bhxhCode));
      return row;
    },
    /** False when a receipt is already in force (two scans of one form racing). */
    async receive(row: typeof declarationReceipts.$inferInsert): Promise<boolean> {
      const r = await db
        .insert(declarationReceipts)
        .values(row)
        .onConflictDoNothing()
        .returning({ id: declarationReceipts.id });
      return r.length === 1;
    },
    /** Undoes the receipt in force of this application; false when there is none. */
    async undo(driveId: string, registrationId: string, by: string, at: Date): Promise<boolean> {
      const r = await db
        .update(declarationReceipts)
        .set({ undoneAt: at, undoneBy: by })
        .where(
          and(
            eq(declarationReceipts.driveId, driveId),
            eq(declarationReceipts.registrationId, registrationId),
            isNull(declarationReceipts.undoneAt),
          ),
        )
        .returning({ id: declarationReceipts.id });
      return r.length === 1;
    },
    async latest(driveId: string, faculty: string | null, limit: number) {
      return receipts(driveId, faculty)
        .orderBy(desc(declarationReceipts.receivedAt), desc(declarationReceipts.id))
        .limit(limit);
    },
    /** The receiving agencies of the drive's received forms, with their counts. */
    async agencies(driveId: string, faculty: string | null) {
      const r = await db
        .select({
          id: agencies.id,
          name: agencies.name,
          count: sql<number>`count(*)::int`,
        })
        .from(declarationReceipts)
        .innerJoin(
          rosterRows,
          and(
            eq(rosterRows.driveId, declarationReceipts.driveId),
            eq(rosterRows.bhxhCode, declarationReceipts.bhxhCode),
          ),
        )
        .innerJoin(registrations, eq(registrations.id, declarationReceipts.registrationId))
        .innerJoin(agencies, eq(agencies.id, registrations.agencyId))
        .where(
          and(
            eq(declarationReceipts.driveId, driveId),
            isNull(declarationReceipts.undoneAt),
            faculty !== null ? eq(rosterRows.faculty, faculty) : undefined,
          ),
        )
        .groupBy(agencies.id, agencies.name)
        .orderBy(agencies.name);
      return r.map((x) => ({ ...x, count: Number(x.count) }));
    },
    /** The forms to hand over to one agency, by khoa, lớp and name. */
    async handover(driveId: string, agencyId: string, faculty: string | null) {
      return receipts(driveId, faculty, eq(registrations.agencyId, agencyId)).orderBy(
        rosterRows.faculty,
        rosterRows.className,
        rosterRows.fullName,
        rosterRows.studentCode,
      );
    },
  };
}
export type DeclarationsRepository = ReturnType<typeof declarationsRepository>;
