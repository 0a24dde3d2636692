import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { communes, insuredPersons, provinces } from '../db/schema/index.ts';

/** More rows than this for one name, birth date and province are only ever "ambiguous". */
const MAX_CANDIDATES = 50;

/** Read-only queries of "Tra cứu mã số BHXH" over the insurance records. */
export function bhxhCodeLookupRepository(db: Db) {
  return {
    /**
     * People with this name key (searchKey of the full name) and birth date in the province
     * (and commune, and with this id number, when given). Uses insured_persons_name_idx.
     */
    async candidates(q: {
      nameKey: string;
      birthDate: string;
      provinceCode: string;
      communeCode?: string | undefined;
      idNumber?: string | undefined;
    }): Promise<{ bhxhCode: string; fullName: string }[]> {
      const p = insuredPersons;
      return db
        .select({ bhxhCode: p.bhxhCode, fullName: p.fullName })
        .from(p)
        .where(
          and(
            eq(p.nameKey, q.nameKey),
            eq(p.birthDate, q.birthDate),
            eq(p.provinceCode, q.provinceCode),
            q.communeCode ? eq(p.communeCode, q.communeCode) : undefined,
            q.idNumber ? eq(p.idNumber, q.idNumber) : undefined,
          ),
        )
        .limit(MAX_CANDIDATES);
    },
    async provinceExists(code: string): Promise<boolean> {
      const rows = await db
        .select({ code: provinces.code })
        .from(provinces)
        .where(eq(provinces.code, code));
      return rows.length > 0;
    },
    async communeProvince(code: string): Promise<string | undefined> {
      const [row] = await db
        .select({ provinceCode: communes.provinceCode })
        .from(communes)
        .where(eq(communes.code, code));
      return row?.provinceCode;
    },
  };
}
export type BhxhCodeLookupRepository = ReturnType<typeof bhxhCodeLookupRepository>;
