import { DIRECTORY_ADMIN_PAGE_SIZE, type DirectoryKind } from '@vssid/contracts';
import { searchKey } from '@vssid/domain';
import { and, asc, count, eq, getTableColumns, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  agencies,
  collectionPoints,
  communes,
  employers,
  healthFacilities,
  provinces,
} from '../db/schema/index.ts';
import type { DirectoryRefs, DirectoryValues } from '../services/imports/directory-rows.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const DIRECTORY_TABLES = {
  agencies,
  'health-facilities': healthFacilities,
  employers,
  'collection-points': collectionPoints,
} as const;

const keyColumn = (kind: DirectoryKind) =>
  kind === 'employers' ? employers.unitCode : DIRECTORY_TABLES[kind].code;
/** agencies has no name_key; order by name there. */
const orderColumn = (kind: DirectoryKind) =>
  kind === 'agencies' ? agencies.name : DIRECTORY_TABLES[kind].nameKey;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export type StoredDirectoryRow = Record<string, unknown> & {
  id: string;
  provinceCode: string;
  demo: boolean;
  updatedAt: Date;
};

/** The directories as the back office writes them (the public search reads them elsewhere). */
export function directoryAdminRepository(db: Db) {
  return {
    async agencyProvince(agencyId: string): Promise<string | null> {
      const [a] = await db
        .select({ p: agencies.provinceCode })
        .from(agencies)
        .where(eq(agencies.id, agencyId));
      return a?.p ?? null;
    },
    /** Province and commune names and agency codes of one batch: three indexed queries. */
    async refs(p: {
      provinceCodes: string[];
      communeCodes: string[];
      agencyCodes: string[];
    }): Promise<DirectoryRefs> {
      const [ps, cs, as] = await Promise.all([
        p.provinceCodes.length === 0
          ? []
          : db
              .select({ code: provinces.code, name: provinces.name })
              .from(provinces)
              .where(inArray(provinces.code, p.provinceCodes)),
        p.communeCodes.length === 0
          ? []
          : db
              .select({
                code: communes.code,
                name: communes.name,
                provinceCode: communes.provinceCode,
              })
              .from(communes)
              .where(inArray(communes.code, p.communeCodes)),
        p.agencyCodes.length === 0
          ? []
          : db
              .select({ code: agencies.code })
              .from(agencies)
              .where(inArray(agencies.code, p.agencyCodes)),
      ]);
      return {
        provinces: new Map(ps.map((r) => [r.code, r.name])),
        communes: new Map(cs.map((r) => [r.code, { provinceCode: r.provinceCode, name: r.name }])),
        agencies: new Set(as.map((r) => r.code)),
      };
    },
    /** Rows already stored under these natural keys (one query per batch). */
    async byKeys(
      kind: DirectoryKind,
      keys: string[],
      tx: Db | Tx = db,
    ): Promise<Map<string, StoredDirectoryRow>> {
      if (keys.length === 0) return new Map();
      const t = DIRECTORY_TABLES[kind];
      const rows = (await tx
        .select()
        .from(t)
        .where(inArray(keyColumn(kind), keys))) as unknown as StoredDirectoryRow[];
      const prop = kind === 'employers' ? 'unitCode' : 'code';
      return new Map(rows.map((r) => [r[prop] as string, r]));
    },
    /**
     * Insert-or-update by natural key (rows are distinct by key): ON CONFLICT (code) DO UPDATE
     * with every imported column, in the caller's transaction.
     */
    async upsert(tx: Tx, kind: DirectoryKind, rows: DirectoryValues[]): Promise<void> {
      if (rows.length === 0) return;
      const t = DIRECTORY_TABLES[kind];
      const cols = getTableColumns(t) as Record<string, { name: string }>;
      const set: Record<string, SQL> = {};
      for (const prop of Object.keys(rows[0]!))
        set[prop] = sql.raw(`excluded."${cols[prop]!.name}"`);
      await tx
        .insert(t)
        // biome-ignore lint/suspicious/noExplicitAny: one code path for four tables; rows were validated per kind.
        .values(rows as any)
        .onConflictDoUpdate({ target: keyColumn(kind), set });
    },
    async get(kind: DirectoryKind, id: string): Promise<StoredDirectoryRow | undefined> {
      const t = DIRECTORY_TABLES[kind];
      const [row] = await db.select().from(t).where(eq(t.id, id));
      return row as unknown as StoredDirectoryRow | undefined;
    },
    /** A new record; null when its key is already taken (unique index). */
    async insert(kind: DirectoryKind, values: DirectoryValues): Promise<string | null> {
      const t = DIRECTORY_TABLES[kind];
      const [row] = await db
        .insert(t)
        // biome-ignore lint/suspicious/noExplicitAny: validated per kind.
        .values(values as any)
        .onConflictDoNothing()
        .returning({ id: t.id });
      return row?.id ?? null;
    },
    /**
     * One record's new values; false when its new key belongs to another row (unique index).
     */
    async update(kind: DirectoryKind, id: string, values: DirectoryValues): Promise<boolean> {
      const t = DIRECTORY_TABLES[kind];
      const key = (values[kind === 'employers' ? 'unitCode' : 'code'] ?? '') as string;
      return db.transaction(async (tx) => {
        const [other] = await tx
          .select({ id: t.id })
          .from(t)
          .where(and(eq(keyColumn(kind), key), sql`${t.id} <> ${id}`));
        if (other) return false;
        await tx
          .update(t)
          // biome-ignore lint/suspicious/noExplicitAny: validated per kind.
          .set(values as any)
          .where(eq(t.id, id));
        return true;
      });
    },
    /** The back-office list: every word of q in the search key, a province, by name. */
    async list(
      kind: DirectoryKind,
      o: { q?: string | undefined; provinceCode?: string | undefined; page: number },
    ) {
      const t = DIRECTORY_TABLES[kind];
      const where: SQL[] = [];
      for (const word of searchKey(o.q ?? '')
        .split(' ')
        .filter(Boolean))
        where.push(like(t.searchKey, `%${escapeLike(word)}%`));
      if (o.provinceCode) where.push(eq(t.provinceCode, o.provinceCode));
      const cond = where.length > 0 ? and(...where) : undefined;
      const [rows, [total]] = await Promise.all([
        db
          .select({
            id: t.id,
            code: keyColumn(kind),
            name: t.name,
            address: t.address,
            provinceCode: t.provinceCode,
            provinceName: provinces.name,
            communeName: communes.name,
            phone: kind === 'employers' ? sql<string | null>`null` : DIRECTORY_TABLES[kind].phone,
            demo: t.demo,
            updatedAt: t.updatedAt,
          })
          .from(t)
          .innerJoin(provinces, eq(provinces.code, t.provinceCode))
          .leftJoin(communes, eq(communes.code, t.communeCode))
          .where(cond)
          .orderBy(asc(orderColumn(kind)), asc(t.id))
          .limit(DIRECTORY_ADMIN_PAGE_SIZE)
          .offset((o.page - 1) * DIRECTORY_ADMIN_PAGE_SIZE),
        db.select({ n: count() }).from(t).where(cond),
      ]);
      return { rows, total: total?.n ?? 0 };
    },
  };
}
export type DirectoryAdminRepository = ReturnType<typeof directoryAdminRepository>;
