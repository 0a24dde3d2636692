import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import {
  agencies,
  collectionPoints,
  communes,
  employers,
  healthFacilities,
  provinces,
} from '../../src/db/schema/index.ts';
import { directoryKeys } from '../../src/services/lookups/directory-keys.ts';

/*
 * A small, known set of directory rows over the real administrative units (seed adminUnits):
 * Hà Nội '01' with Phường Hoàn Kiếm 00070, Kim Liên 00229, Đống Đa 00235, Bạch Mai 00292;
 * TP Hồ Chí Minh '79' with Phường Bến Thành 26743; Hải Phòng '31' holds the bulk employers.
 * Keys are computed with directoryKeys, as every writer must.
 */

export const BULK_EMPLOYERS = 1005;

type Places = { provinceName: string; communeName: string | null };

async function placeNames(db: Db, provinceCode: string, communeCode: string | null) {
  const [p] = await db.select().from(provinces).where(eq(provinces.code, provinceCode));
  if (!p) throw new Error(`province ${provinceCode} not seeded`);
  let communeName: string | null = null;
  if (communeCode) {
    const [c] = await db.select().from(communes).where(eq(communes.code, communeCode));
    if (!c || c.provinceCode !== provinceCode)
      throw new Error(`commune ${communeCode} not in ${provinceCode}`);
    communeName = c.name;
  }
  return { provinceName: p.name, communeName } satisfies Places;
}

async function keysOf(
  db: Db,
  r: { name: string; address: string; provinceCode: string; communeCode: string | null },
) {
  return directoryKeys({ ...r, ...(await placeNames(db, r.provinceCode, r.communeCode)) });
}

export async function seedDirectoryFixture(db: Db) {
  const agencyRows = [
    {
      code: 'FX01',
      name: 'BHXH thành phố Hà Nội',
      kind: 'province' as const,
      provinceCode: '01',
      communeCode: '00070',
      address: 'Số 15 Trần Bình Trọng',
      phone: '024 3942 6111',
      latitude: 21.0205,
      longitude: 105.8446,
    },
    {
      code: 'FX01DD',
      name: 'BHXH cơ sở Đống Đa',
      kind: 'base' as const,
      provinceCode: '01',
      communeCode: '00235',
      address: 'Số 2 Tôn Thất Tùng',
      phone: '024 3852 0000',
      latitude: 21.0059,
      longitude: 105.8301,
    },
    {
      code: 'FX79',
      name: 'BHXH Thành phố Hồ Chí Minh',
      kind: 'province' as const,
      provinceCode: '79',
      communeCode: null,
      address: '117C Nguyễn Đình Chính',
      phone: '028 3997 8888',
      latitude: null,
      longitude: null,
    },
  ];
  for (const a of agencyRows) {
    const { searchKey } = await keysOf(db, a);
    await db
      .insert(agencies)
      .values({ ...a, searchKey, workingHours: 'Thứ Hai – Thứ Sáu: 7:30–11:30, 13:30–16:30' });
  }

  const facility = (
    code: string,
    name: string,
    o: {
      level: 'initial' | 'basic' | 'specialized';
      ownership?: 'public' | 'private';
      provinceCode: string;
      communeCode: string | null;
      address: string;
      at?: [number, number];
      bhyt: boolean;
      initial: boolean;
      sickLeave: boolean;
    },
  ) => ({
    code,
    name,
    level: o.level,
    ownership: o.ownership ?? 'public',
    provinceCode: o.provinceCode,
    communeCode: o.communeCode,
    address: o.address,
    latitude: o.at?.[0] ?? null,
    longitude: o.at?.[1] ?? null,
    bhytContracted: o.bhyt,
    acceptsInitialRegistration: o.initial,
    issuesSickLeave: o.sickLeave,
  });
  const facilityRows = [
    facility('01001', 'Bệnh viện Bạch Mai', {
      level: 'specialized',
      provinceCode: '01',
      communeCode: '00292',
      address: '78 Giải Phóng',
      at: [21.0004, 105.8408],
      bhyt: true,
      initial: false,
      sickLeave: true,
    }),
    facility('01002', 'Bệnh viện Hữu nghị Việt Đức', {
      level: 'specialized',
      provinceCode: '01',
      communeCode: '00070',
      address: '40 Tràng Thi',
      at: [21.0285, 105.8469],
      bhyt: true,
      initial: false,
      sickLeave: true,
    }),
    facility('01003', 'Trạm y tế phường Đống Đa', {
      level: 'initial',
      provinceCode: '01',
      communeCode: '00235',
      address: '12 Ngõ 24 Kim Hoa',
      at: [21.015, 105.827],
      bhyt: true,
      initial: true,
      sickLeave: false,
    }),
    facility('01004', 'Phòng khám đa khoa tư nhân Kim Liên', {
      level: 'basic',
      ownership: 'private',
      provinceCode: '01',
      communeCode: '00229',
      address: '5 Phạm Ngọc Thạch',
      bhyt: false,
      initial: false,
      sickLeave: true,
    }),
    facility('79001', 'Bệnh viện Chợ Rẫy', {
      level: 'specialized',
      provinceCode: '79',
      communeCode: null,
      address: '201B Nguyễn Chí Thanh',
      at: [10.7578, 106.6594],
      bhyt: true,
      initial: true,
      sickLeave: true,
    }),
  ];
  for (const f of facilityRows)
    await db.insert(healthFacilities).values({ ...f, ...(await keysOf(db, f)) });

  const employerRows = [
    {
      unitCode: 'TA1234A',
      taxCode: '0101234567',
      name: 'Công ty TNHH Đống Đa Xanh',
      provinceCode: '01',
      communeCode: '00235',
      address: '9 Tây Sơn',
      agencyCode: 'FX01DD',
      status: 'active' as const,
    },
    {
      unitCode: 'TB0001B',
      taxCode: '0109876543-001',
      name: 'Chi nhánh Công ty cổ phần Sông Hồng',
      provinceCode: '01',
      communeCode: null,
      address: '3 Lý Thái Tổ',
      agencyCode: 'FX01',
      status: 'suspended' as const,
    },
    {
      unitCode: 'YN0002C',
      taxCode: null,
      name: 'Hợp tác xã Bến Thành',
      provinceCode: '79',
      communeCode: '26743',
      address: '1 Lê Lợi',
      agencyCode: 'FX79',
      status: 'terminated' as const,
    },
  ];
  // Codes are deliberately left out of search_key: the exact code match must not depend on it.
  for (const e of employerRows)
    await db.insert(employers).values({ ...e, ...(await keysOf(db, e)) });

  // Many rows for the capped total, in one multi-row insert.
  const hp = await placeNames(db, '31', null);
  await db.insert(employers).values(
    Array.from({ length: BULK_EMPLOYERS }, (_, i) => {
      const name = `Cửa hàng Thử Nghiệm ${String(i + 1).padStart(4, '0')}`;
      const address = `${i + 1} Lạch Tray`;
      return {
        unitCode: `HP${String(i + 1).padStart(5, '0')}`,
        taxCode: null,
        name,
        provinceCode: '31',
        communeCode: null,
        address,
        agencyCode: 'FX01',
        status: 'active' as const,
        ...directoryKeys({ name, address, ...hp }),
      };
    }),
  );

  const points = [
    {
      code: 'CP01',
      name: 'Điểm thu Bưu điện Đống Đa',
      kind: 'collection_point' as const,
      operator: 'Bưu điện Việt Nam',
      provinceCode: '01',
      communeCode: '00235',
      address: '266 Đội Cấn',
      latitude: 21.013,
      longitude: 105.826,
    },
    {
      code: 'CP02',
      name: 'Đại lý thu UBND phường Bến Thành',
      kind: 'agent' as const,
      operator: 'UBND phường Bến Thành',
      provinceCode: '79',
      communeCode: '26743',
      address: '92 Nguyễn Trãi',
      latitude: 10.772,
      longitude: 106.698,
    },
    {
      code: 'CP03',
      name: 'Đại lý thu 100% Tận tâm',
      kind: 'agent' as const,
      operator: null,
      provinceCode: '01',
      communeCode: '00070',
      address: '1 Hàng Bài',
      latitude: null,
      longitude: null,
    },
  ];
  for (const p of points)
    await db.insert(collectionPoints).values({ ...p, ...(await keysOf(db, p)) });
}

let extra = 0;
/** One more collection point (property tests), in Đà Nẵng '48' to keep it apart. */
export async function addCollectionPoint(db: Db, name: string): Promise<string> {
  const r = { name, address: 'Số 1', provinceCode: '48', communeCode: null };
  const [row] = await db
    .insert(collectionPoints)
    .values({
      ...r,
      code: `PX${++extra}`,
      kind: 'collection_point',
      ...(await keysOf(db, r)),
    })
    .returning({ id: collectionPoints.id });
  return row!.id;
}
