// READY
import { directoryKeys } from '../../services/lookups/directory-keys.ts';
import type { Database } from '../client.ts';
import { hamletWord, JITTER, PROVINCE_GEO, UNSERVED_COMMUNES } from './directory-geo.ts';
import { BACH_MAI, KNOWN_EMPLOYERS, KNOWN_FACILITIES, VMU } from './known-rows.ts';
import { type Rng, rng } from './population-names.ts';

/**
 * Generated demonstration directories of "Tra cứu" (issue 6): agencies, health facilities,
 * employers and collection points over the real current provinces and communes, every row
 * `demo = true` (see data/directories/SOURCE.md for what is real and what is made up).
 * Deterministic: one seeded PRNG stream per directory, so the same sizes give the same rows on
 * every run and machine, and one directory's size never changes another's rows.
 */

export type DirectorySizes = {
  /** Total agencies, the 34 provincial ones included. */
  agencies: number;
  facilities: number;
  employers: number;
  collectionPoints: number;
};

/** What a first `npm start` seeds: a few seconds on PGlite. */
export const DEMO_DIRECTORY_SIZES: DirectorySizes = {
  agencies: 300,
  facilities: 3_000,
  employers: 10_000,
  collectionPoints: 3_000,
};

/** The issue's "realistic size" (the benchmark). */
export const BENCH_DIRECTORY_SIZES: DirectorySizes = {
  agencies: 1_000,
  facilities: 15_000,
  employers: 1_000_000,
  collectionPoints: 20_000,
};

/** Rows the demos and e2e specs can count on (names, codes). */
export const KNOWN_DIRECTORY_ROWS = {
  facility: { code: BACH_MAI.code, name: BACH_MAI.name, communeCode: BACH_MAI.commune },
  employer: { unitCode: VMU.unitCode, name: VMU.name, agencyCode: VMU.agency },
} as const;

export type DirectorySeedResult = {
  agencies: number;
  facilities: number;
  employers: number;
  collectionPoints: number;
};

const SEED_LOCK = 7_370_006;
const SEED = 20_251_126;
/** Rows per INSERT … SELECT FROM unnest(…): one parameter per column, whatever the row count. */
const CHUNK = 5_000;
/**
 * From this many rows into an empty table, its secondary indexes are dropped and built once at the
 * end: a trigram GIN index built in one pass is several times faster than row by row (PGlite most).
 */
const REBUILD_INDEXES_FROM = 2_000;

type Province = { code: string; name: string; shortName: string; type: string };
type Commune = { code: string; provinceCode: string; name: string; type: string };

type World = {
  provinces: Province[];
  province: Map<string, Province>;
  communes: Map<string, Commune[]>;
  commune: Map<string, Commune>;
  /** Pre-2025 province of each current commune (first predecessor), for facility codes. */
  oldProvince: Map<string, string>;
};

// ---------------------------------------------------------------- vocabulary

const STREETS = [
  'Lê Lợi',
  'Trần Hưng Đạo',
  'Nguyễn Trãi',
  'Quang Trung',
  'Hai Bà Trưng',
  'Lý Thường Kiệt',
  'Nguyễn Huệ',
  'Lê Duẩn',
  'Hùng Vương',
  'Điện Biên Phủ',
  'Phan Chu Trinh',
  'Trần Phú',
  'Nguyễn Du',
  'Võ Thị Sáu',
  'Lê Hồng Phong',
  'Nguyễn Văn Cừ',
  'Phan Đình Phùng',
  'Bà Triệu',
  'Lý Thái Tổ',
  'Ngô Quyền',
  'Trần Quang Khải',
  'Nguyễn Thị Minh Khai',
  'Cách Mạng Tháng Tám',
  'Hoàng Văn Thụ',
  'Phạm Văn Đồng',
  'Võ Nguyên Giáp',
  'Nguyễn Văn Linh',
  'Lạc Long Quân',
  'Tôn Đức Thắng',
  'Chu Văn An',
  'Nguyễn Chí Thanh',
  'Lê Thánh Tông',
  'Trường Chinh',
  'Lê Quý Đôn',
  'Hàm Nghi',
  'Phan Bội Châu',
  'Huỳnh Thúc Kháng',
  'Kim Đồng',
  'Trần Nhân Tông',
  'Nguyễn Tất Thành',
  'Hoàng Hoa Thám',
  'Đinh Tiên Hoàng',
  'Lê Thánh Tôn',
  'Nguyễn Đình Chiểu',
  'Ba Tháng Hai',
  'Âu Cơ',
  'Tô Hiến Thành',
  'Yết Kiêu',
  'Bạch Đằng',
  'Mạc Đĩnh Chi',
];
const HAMLETS = [
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Trung',
  'Thượng',
  'Hạ',
  'Phú Mỹ',
  'An Lạc',
  'Tân Lập',
  'Đồng Tâm',
  'Thắng Lợi',
  'Quyết Tiến',
  'Hoà Bình',
  'Bình Minh',
  'Tân Thành',
  'Phú Lợi',
];
const SYLLABLES = [
  'An',
  'Bình',
  'Minh',
  'Phát',
  'Thành',
  'Công',
  'Hưng',
  'Thịnh',
  'Phú',
  'Quý',
  'Long',
  'Hoàng',
  'Gia',
  'Việt',
  'Nam',
  'Đại',
  'Tân',
  'Trường',
  'Sơn',
  'Hải',
  'Đông',
  'Kim',
  'Ngọc',
  'Hoà',
  'Thái',
  'Vạn',
  'Lộc',
  'Tài',
  'Đức',
  'Trí',
  'Tiến',
  'Khang',
  'Nhật',
  'Quang',
  'Hà',
  'Anh',
  'Bảo',
  'Châu',
  'Duy',
  'Hạnh',
  'Hiệp',
  'Khánh',
  'Lâm',
  'Mạnh',
  'Nguyên',
  'Phong',
  'Tâm',
  'Thiên',
  'Toàn',
  'Trung',
  'Tú',
  'Vinh',
  'Xuân',
  'Sao',
  'Hồng',
  'Mai',
];
const BRANDS_LATIN = [
  'Vina',
  'Sài Gòn',
  'Mekong',
  'Sông Hồng',
  'Trường An',
  'Đất Việt',
  'Hà Thành',
  'Delta',
  'Pacific',
  'Sunrise',
  'Green',
  'Star',
  'Global',
  'Lotus',
  'Phoenix',
  'Biển Đông',
];
const FIELDS = [
  'Thương mại và Dịch vụ',
  'Xây dựng',
  'Đầu tư và Phát triển',
  'Vận tải',
  'Thực phẩm',
  'May mặc',
  'Công nghệ',
  'Cơ khí',
  'Dược phẩm',
  'Logistics',
  'Nội thất',
  'Xuất nhập khẩu',
  'Điện tử',
  'In ấn và Bao bì',
  'Du lịch',
  'Tư vấn Thiết kế',
  'Môi trường',
  'Giáo dục',
  'Nông sản',
  'Thủy sản',
  'Vật liệu xây dựng',
  'Phần mềm',
  'Bất động sản',
  'Điện nước',
  'Sản xuất và Thương mại',
  'Kỹ thuật',
  'Thiết bị Y tế',
  'Dịch vụ Bảo vệ',
  'Gỗ',
  'Da giày',
];
const SCHOOL_NAMES = [
  'Nguyễn Trãi',
  'Lê Quý Đôn',
  'Chu Văn An',
  'Trần Phú',
  'Kim Đồng',
  'Võ Thị Sáu',
  'Nguyễn Du',
  'Lê Lợi',
  'Quang Trung',
  'Hoa Sen',
  'Hoa Mai',
  'Sơn Ca',
  'Họa Mi',
  'Măng Non',
  'Nguyễn Bỉnh Khiêm',
  'Lương Thế Vinh',
  'Trần Quốc Toản',
  'Nguyễn Văn Trỗi',
  'Lý Tự Trọng',
];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const GIVEN = [
  'Văn An',
  'Thị Bình',
  'Minh Châu',
  'Đức Dũng',
  'Thị Hoa',
  'Quốc Hùng',
  'Thị Lan',
  'Văn Long',
  'Thị Mai',
  'Hữu Nghĩa',
  'Thanh Phương',
  'Văn Quang',
  'Thị Thu',
  'Minh Tuấn',
  'Thị Yến',
];
const SPECIALTIES = ['Răng Hàm Mặt', 'Mắt', 'Tai Mũi Họng', 'Nhi', 'Sản phụ khoa', 'Da liễu'];

const HOURS_OFFICE = 'Thứ Hai – Thứ Sáu: 7:30–11:30, 13:30–16:30';
const HOURS_OFFICE_SOUTH = 'Thứ Hai – Thứ Sáu: 7:30–11:30, 13:00–17:00';
const HOURS_OFFICE_SAT = 'Thứ Hai – Thứ Sáu: 7:30–11:30, 13:30–16:30; sáng Thứ Bảy: 7:30–11:30';
const HOURS_POST = 'Thứ Hai – Chủ nhật: 7:00–19:00';
const HOURS_POST_SMALL = 'Thứ Hai – Thứ Bảy: 7:00–11:30, 13:30–17:00';
const HOURS_COMMUNE = 'Thứ Hai – Thứ Sáu: 7:30–11:30, 13:30–17:00';

// ---------------------------------------------------------------- small helpers

/** "Phường Hồng Bàng" → "Hồng Bàng". */
const areaOf = (c: Commune) => c.name.replace(/^(Phường|Xã|Đặc khu)\s+/, '');
/** "Phường Hồng Bàng" → "phường Hồng Bàng" (inside a name: "Trạm Y tế phường Hồng Bàng"). */
const lowerType = (c: Commune) => c.name.replace(/^(Phường|Xã|Đặc khu)/, (t) => t.toLowerCase());
const slug = (s: string) =>
  directoryKeys({ name: s, address: '' }).nameKey.replace(/[^a-z0-9]/g, '');
const isSouth = (provinceCode: string) => Number(provinceCode) >= 75;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** A point within JITTER degrees of the province's point (uniform in the square). */
function coordinates(r: Rng, provinceCode: string): { latitude: number; longitude: number } {
  const g = PROVINCE_GEO[provinceCode]!;
  return {
    latitude: round6(g.lat + (r.next() * 2 - 1) * JITTER),
    longitude: round6(g.lng + (r.next() * 2 - 1) * JITTER),
  };
}

/** A landline in the province's area: "024 3856 1234" (8 digits) or "0225 3842 368" (7). */
function landline(r: Rng, provinceCode: string): string {
  const area = PROVINCE_GEO[provinceCode]!.area;
  const d = (n: number) => String(r.int(0, 10 ** n - 1)).padStart(n, '0');
  return area.length === 3 ? `${area} 3${d(3)} ${d(4)}` : `${area} 3${d(3)} ${d(3)}`;
}

/**
 * An address that fits the kind of unit: a ward (phường) has numbered city streets; a commune
 * (xã) has hamlets or a street; a special zone (đặc khu: islands) is always addressed by its
 * hamlets or zones ("Thôn 3", "Ấp Đông"), never by a city street.
 */
function streetAddress(r: Rng, c: Commune, p: Province): string {
  const street = r.pick(STREETS);
  const way = p.code === '01' && r.chance(0.6) ? 'phố' : 'đường';
  if (c.type === 'Đặc khu' || (c.type === 'Xã' && r.chance(0.55)))
    return `${r.pick(hamletWord(p.code))} ${r.chance(0.4) ? r.int(1, 12) : r.pick(HAMLETS)}, ${c.name}, ${p.name}`;
  const lane = r.chance(0.15) ? ` ngõ ${r.int(2, 199)}` : '';
  return `Số ${r.int(1, 450)}${lane} ${way} ${street}, ${c.name}, ${p.name}`;
}

/** `xs` in a seeded random order (Fisher–Yates). */
function shuffled<T>(r: Rng, xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** Splits `total` over keys in proportion to weights (largest remainder; deterministic). */
function apportion(total: number, weights: [string, number][]): Map<string, number> {
  const sum = weights.reduce((s, [, w]) => s + w, 0);
  const raw = weights.map(([k, w]) => ({ k, x: (total * w) / sum }));
  const out = new Map(raw.map(({ k, x }) => [k, Math.floor(x)]));
  let left = total - [...out.values()].reduce((s, n) => s + n, 0);
  for (const { k } of [...raw].sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)))) {
    if (left-- <= 0) break;
    out.set(k, out.get(k)! + 1);
  }
  return out;
}

/** A weighted picker over provinces, drawing from r. */
function provincePicker(r: Rng, world: World, weight: (p: Province) => number) {
  const cum: number[] = [];
  let s = 0;
  for (const p of world.provinces) {
    s += weight(p);
    cum.push(s);
  }
  return () => {
    const x = r.next() * s;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return world.provinces[lo]!;
  };
}

function keys(name: string, address: string, c: Commune | null, p: Province, codes?: string[]) {
  return directoryKeys({
    name,
    address,
    communeName: c?.name ?? null,
    provinceName: p.name,
    ...(codes ? { codes } : {}),
  });
}

// ---------------------------------------------------------------- bulk writing

type Column = readonly [name: string, pgType: 'text' | 'bool' | 'float8'];

/** INSERT … SELECT FROM unnest($1::text[], …) in chunks: fast on PGlite and PostgreSQL alike. */
async function insertRows(
  database: Database,
  table: string,
  columns: readonly Column[],
  rows: Iterable<unknown[]>,
  conflict = 'on conflict do nothing',
): Promise<number> {
  const text = `insert into ${table} (${columns.map((c) => c[0]).join(', ')}, demo) select *, true from unnest(${columns
    .map((c, i) => `$${i + 1}::${c[1]}[]`)
    .join(', ')}) ${conflict} returning 1`;
  let n = 0;
  let cols: unknown[][] = columns.map(() => []);
  const flush = async () => {
    if (cols[0]!.length === 0) return;
    n += (await database.executeSql(text, cols)).rows.length;
    cols = columns.map(() => []);
  };
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) cols[i]!.push(row[i] ?? null);
    if (cols[0]!.length >= CHUNK) await flush();
  }
  await flush();
  return n;
}

async function isEmpty(database: Database, table: string, where = 'true'): Promise<boolean> {
  const r = await database.executeSql(`select 1 from ${table} where ${where} limit 1`);
  return r.rows.length === 0;
}

/**
 * For a big load into an empty table: drops the secondary (non-unique) indexes, runs `fn`, and
 * re-creates them from their own definitions (pg_indexes) — one sorted build instead of a
 * million GIN insertions. The definitions are restored even when `fn` fails.
 */
async function withIndexesRebuilt<T>(
  database: Database,
  table: string,
  rows: number,
  fn: () => Promise<T>,
): Promise<T> {
  if (rows < REBUILD_INDEXES_FROM) return fn();
  const r = await database.executeSql(
    `select i.indexname as name, i.indexdef as def from pg_indexes i
       join pg_class c on c.relname = i.indexname
        and c.relnamespace = current_schema()::regnamespace
       join pg_index x on x.indexrelid = c.oid
      where i.schemaname = current_schema() and i.tablename = $1
        and not x.indisunique and not x.indisprimary`,
    [table],
  );
  const defs = r.rows as { name: string; def: string }[];
  for (const d of defs) await database.executeSql(`drop index if exists "${d.name}"`);
  try {
    return await fn();
  } finally {
    // One multi-statement text runs on one connection as one transaction, so SET LOCAL lifts the
    // pool's statement timeout (a million-row GIN build takes longer) for these statements only.
    const unlimited =
      database.driver === 'postgres'
        ? "set local statement_timeout = 0; set local maintenance_work_mem = '256MB'; "
        : '';
    for (const d of defs) await database.executeSql(`${unlimited}${d.def}`);
    await database.executeSql(`${unlimited}analyze ${table}`);
  }
}

// ---------------------------------------------------------------- the world

async function loadWorld(database: Database): Promise<World> {
  const p = await database.executeSql(
    'select code, name, short_name as "shortName", type from provinces order by code',
  );
  const c = await database.executeSql(
    'select code, province_code as "provinceCode", name, type from communes order by code',
  );
  if (c.rows.length === 0) throw new Error('seed the administrative units first');
  const s = await database.executeSql(
    `select s.new_code as code, min(o.province_code) as old from commune_successions s
       join old_communes o on o.code = s.old_code group by s.new_code`,
  );
  const provinces = p.rows as Province[];
  const communeRows = c.rows as Commune[];
  const communes = new Map<string, Commune[]>();
  for (const x of communeRows) {
    // Communes where no generated office, facility or employer belongs (directory-geo.ts).
    if (UNSERVED_COMMUNES.has(x.code)) continue;
    const list = communes.get(x.provinceCode) ?? [];
    list.push(x);
    communes.set(x.provinceCode, list);
  }
  return {
    provinces: provinces.filter((x) => PROVINCE_GEO[x.code]),
    province: new Map(provinces.map((x) => [x.code, x])),
    communes,
    commune: new Map(communeRows.map((x) => [x.code, x])),
    oldProvince: new Map((s.rows as { code: string; old: string }[]).map((x) => [x.code, x.old])),
  };
}

/** The ward of the provincial seat (directory-geo.ts), else the province's first ward. */
function seatOf(world: World, provinceCode: string): Commune {
  const list = world.communes.get(provinceCode)!;
  const seat = PROVINCE_GEO[provinceCode]?.seat;
  return list.find((c) => c.name === seat) ?? list.find((c) => c.type === 'Phường') ?? list[0]!;
}

// ---------------------------------------------------------------- agencies

const AGENCY_COLUMNS: readonly Column[] = [
  ['code', 'text'],
  ['name', 'text'],
  ['kind', 'text'],
  ['province_code', 'text'],
  ['commune_code', 'text'],
  ['address', 'text'],
  ['phone', 'text'],
  ['email', 'text'],
  ['working_hours', 'text'],
  ['latitude', 'float8'],
  ['longitude', 'float8'],
  ['search_key', 'text'],
];

function agencyHours(r: Rng, provinceCode: string) {
  if (r.chance(0.15)) return HOURS_OFFICE_SAT;
  return isSouth(provinceCode) ? HOURS_OFFICE_SOUTH : HOURS_OFFICE;
}

/** The provincial agency's code: "0" + province code ("001" Hà Nội, "031" Hải Phòng). */
export const provinceAgencyCode = (provinceCode: string) => `0${provinceCode}`;

function* agencyRows(world: World, total: number): Generator<unknown[]> {
  const r = rng(SEED + 1);
  for (const p of world.provinces) {
    // 001 and 031 usually exist already (seedDemo): the insert skips them, they are completed.
    const c = seatOf(world, p.code);
    const name = `BHXH ${p.type === 'Tỉnh' ? 'tỉnh' : 'thành phố'} ${p.shortName}`;
    const address = streetAddress(r, c, p);
    const { latitude, longitude } = coordinates(r, p.code);
    const code = provinceAgencyCode(p.code);
    yield [
      code,
      name,
      'province',
      p.code,
      c.code,
      address,
      landline(r, p.code),
      `${slug(p.shortName)}@bhxh.example`,
      agencyHours(r, p.code),
      latitude,
      longitude,
      keys(name, address, c, p, [code]).searchKey,
    ];
  }
  const base = Math.max(0, total - world.provinces.length);
  const share = apportion(
    base,
    world.provinces.map((p) => [p.code, world.communes.get(p.code)!.length]),
  );
  for (const p of world.provinces) {
    const areas = shuffled(r, world.communes.get(p.code)!).slice(
      0,
      Math.min(99, share.get(p.code)!),
    );
    for (let i = 0; i < areas.length; i++) {
      const c = areas[i]!;
      const name = `BHXH cơ sở ${areaOf(c)}`;
      const address = streetAddress(r, c, p);
      const { latitude, longitude } = coordinates(r, p.code);
      const code = `${provinceAgencyCode(p.code)}${String(i + 1).padStart(2, '0')}`;
      yield [
        code,
        name,
        'base',
        p.code,
        c.code,
        address,
        landline(r, p.code),
        `${slug(areaOf(c))}.${slug(p.shortName)}@bhxh.example`,
        agencyHours(r, p.code),
        latitude,
        longitude,
        keys(name, address, c, p, [code]).searchKey,
      ];
    }
  }
}

async function seedAgencies(database: Database, world: World, total: number): Promise<number> {
  if (!(await isEmpty(database, 'agencies', "code not in ('001', '031')"))) return 0;
  // seedDemo's two agencies (officers and registrations point at them): completed, not renamed.
  const r = rng(SEED + 11);
  let completed = 0;
  for (const code of ['01', '31']) {
    const c = world.commune.get(code === '01' ? '09556' : '11311')!;
    const { latitude, longitude } = coordinates(r, code);
    const u = await database.executeSql(
      `update agencies set kind = 'province', demo = true, working_hours = $2, latitude = $3,
         longitude = $4, email = coalesce(email, $5), commune_code = coalesce(commune_code, $6),
         updated_at = now()
       where code = $1 returning 1`,
      [
        provinceAgencyCode(code),
        HOURS_OFFICE,
        latitude,
        longitude,
        `${slug(world.province.get(code)!.shortName)}@bhxh.example`,
        c.code,
      ],
    );
    completed += u.rows.length;
  }
  const n = await insertRows(database, 'agencies', AGENCY_COLUMNS, agencyRows(world, total));
  // Every agency's search key from the one function the search uses.
  const all = await database.executeSql(
    `select a.code, a.name, a.address, c.name as commune, p.name as province from agencies a
       join provinces p on p.code = a.province_code left join communes c on c.code = a.commune_code`,
  );
  const rows = all.rows as Record<string, string | null>[];
  const searchKeys = rows.map(
    (a) =>
      directoryKeys({
        name: a.name!,
        address: a.address!,
        communeName: a.commune,
        provinceName: a.province,
        codes: [a.code],
      }).searchKey,
  );
  await database.executeSql(
    `update agencies a set search_key = v.k
       from unnest($1::text[], $2::text[]) as v(code, k) where a.code = v.code`,
    [rows.map((a) => a.code), searchKeys],
  );
  return n + completed;
}

// ---------------------------------------------------------------- health facilities

const FACILITY_COLUMNS: readonly Column[] = [
  ['code', 'text'],
  ['name', 'text'],
  ['level', 'text'],
  ['ownership', 'text'],
  ['province_code', 'text'],
  ['commune_code', 'text'],
  ['address', 'text'],
  ['phone', 'text'],
  ['latitude', 'float8'],
  ['longitude', 'float8'],
  ['bhyt_contracted', 'bool'],
  ['accepts_initial_registration', 'bool'],
  ['issues_sick_leave', 'bool'],
  ['name_key', 'text'],
  ['search_key', 'text'],
];

type Level = 'initial' | 'basic' | 'specialized';
type FacilitySpec = {
  name: string;
  level: Level;
  ownership: 'public' | 'private';
  /** Probability of issuing sick-leave certificates. */
  sick: number;
};

function facilityKind(r: Rng, c: Commune, p: Province, trams: Set<string>): FacilitySpec {
  const x = r.next();
  const brand = `${r.pick(SYLLABLES)} ${r.pick(SYLLABLES)}`;
  if (x < 0.5 && !trams.has(c.code)) {
    trams.add(c.code);
    return { name: `Trạm Y tế ${lowerType(c)}`, level: 'initial', ownership: 'public', sick: 0.35 };
  }
  if (x < 0.6)
    return {
      name: `Trung tâm Y tế khu vực ${areaOf(c)}`,
      level: 'basic',
      ownership: 'public',
      sick: 0.97,
    };
  if (x < 0.65)
    return {
      name: `Bệnh viện Đa khoa khu vực ${areaOf(c)}`,
      level: 'basic',
      ownership: 'public',
      sick: 0.98,
    };
  if (x < 0.68)
    return {
      name: `Phòng khám Đa khoa khu vực ${areaOf(c)}`,
      level: 'initial',
      ownership: 'public',
      sick: 0.8,
    };
  if (x < 0.87)
    return {
      name: `Phòng khám Đa khoa tư nhân ${brand}`,
      level: 'initial',
      ownership: 'private',
      sick: 0.6,
    };
  if (x < 0.93)
    return {
      name: `Phòng khám chuyên khoa ${r.pick(SPECIALTIES)} ${brand}`,
      level: 'initial',
      ownership: 'private',
      sick: 0.3,
    };
  if (x < 0.98)
    return {
      name: `Bệnh viện Đa khoa ${brand} ${p.shortName}`,
      level: 'basic',
      ownership: 'private',
      sick: 0.95,
    };
  return {
    name: `Bệnh viện chuyên khoa ${r.pick(SPECIALTIES)} ${brand}`,
    level: 'specialized',
    ownership: 'private',
    sick: 0.9,
  };
}

function* facilityRows(world: World, total: number): Generator<unknown[]> {
  const r = rng(SEED + 2);
  const next = new Map<string, number>(); // old province prefix → next 3-digit number
  const used = new Set<string>(KNOWN_FACILITIES.map((f) => f.code));
  const code = (c: Commune): string | null => {
    const own = world.oldProvince.get(c.code);
    const prefixes = [...new Set([...(own ? [own] : []), ...PROVINCE_GEO[c.provinceCode]!.old])];
    for (const pre of prefixes) {
      let k = next.get(pre) ?? 1;
      while (k < 1000 && used.has(`${pre}${String(k).padStart(3, '0')}`)) k++;
      if (k >= 1000) continue;
      next.set(pre, k + 1);
      const out = `${pre}${String(k).padStart(3, '0')}`;
      used.add(out);
      return out;
    }
    return null; // this province's codes are exhausted: the row is left out
  };
  const row = (
    fcode: string,
    s: FacilitySpec,
    c: Commune,
    p: Province,
    address: string,
    at: { latitude: number; longitude: number },
  ) => {
    const contracted = r.chance(s.ownership === 'public' ? 0.97 : 0.6);
    const initial =
      contracted && r.chance(s.level === 'specialized' ? 0.15 : s.level === 'basic' ? 0.85 : 0.95);
    const k = keys(s.name, address, c, p, [fcode]);
    return [
      fcode,
      s.name,
      s.level,
      s.ownership,
      p.code,
      c.code,
      address,
      landline(r, p.code),
      at.latitude,
      at.longitude,
      contracted,
      initial,
      r.chance(s.sick),
      k.nameKey,
      k.searchKey,
    ];
  };
  let n = 0;
  for (const f of KNOWN_FACILITIES) {
    if (n >= total) return;
    const p = world.province.get(f.province)!;
    const c = world.commune.get(f.commune) ?? seatOf(world, f.province);
    const s: FacilitySpec = { name: f.name, level: f.level, ownership: 'public', sick: 1 };
    const out = row(f.code, s, c, p, `${f.street}, ${c.name}, ${p.name}`, {
      latitude: f.lat,
      longitude: f.lng,
    });
    out[10] = true; // contracted
    out[11] = true; // accepts "KCB ban đầu" (the demo cards are registered there)
    out[12] = true; // issues sick leave
    yield out;
    n++;
  }
  // The provincial hospitals, in each province's seat.
  for (const p of world.provinces) {
    const word = p.type === 'Tỉnh' ? 'tỉnh' : 'Thành phố';
    const specs: FacilitySpec[] = [
      {
        name: `Bệnh viện Đa khoa ${word} ${p.shortName}`,
        level: 'specialized',
        ownership: 'public',
        sick: 1,
      },
      {
        name: `Bệnh viện Sản – Nhi ${word} ${p.shortName}`,
        level: 'basic',
        ownership: 'public',
        sick: 1,
      },
      {
        name: `Bệnh viện Y dược cổ truyền ${word} ${p.shortName}`,
        level: 'basic',
        ownership: 'public',
        sick: 1,
      },
    ];
    for (const s of specs) {
      if (n >= total) return;
      const c = seatOf(world, p.code);
      const fcode = code(c);
      if (!fcode) continue;
      yield row(fcode, s, c, p, streetAddress(r, c, p), coordinates(r, p.code));
      n++;
    }
  }
  // The rest spread like the communes (each commune's health station first).
  const trams = new Set<string>();
  const pick = provincePicker(r, world, (p) => world.communes.get(p.code)!.length);
  let misses = 0;
  while (n < total && misses < 10_000) {
    const p = pick();
    const c = r.pick(world.communes.get(p.code)!);
    const s = facilityKind(r, c, p, trams);
    const fcode = code(c);
    if (!fcode) {
      misses++;
      continue;
    }
    yield row(fcode, s, c, p, streetAddress(r, c, p), coordinates(r, p.code));
    n++;
  }
}

// ---------------------------------------------------------------- employers

const EMPLOYER_COLUMNS: readonly Column[] = [
  ['unit_code', 'text'],
  ['tax_code', 'text'],
  ['name', 'text'],
  ['province_code', 'text'],
  ['commune_code', 'text'],
  ['address', 'text'],
  ['agency_code', 'text'],
  ['status', 'text'],
  ['name_key', 'text'],
  ['search_key', 'text'],
];

/** Unit-code prefixes of generated employers ("GD" is kept for the known rows). */
const UNIT_PREFIXES = [
  'TA',
  'TB',
  'TC',
  'TD',
  'TE',
  'TF',
  'TH',
  'TK',
  'TM',
  'TN',
  'TP',
  'TQ',
  'TS',
  'TT',
  'TU',
  'TV',
  'TX',
  'TY',
  'DN',
  'HC',
  'YA',
  'YB',
];
const UNIT_SPACE = UNIT_PREFIXES.length * 10_000 * 26;

/** Employer i's unit code: a bijection of i over the code space, so codes are unique. */
export function unitCode(i: number): string {
  const k = (i * 1_000_003 + 12_345) % UNIT_SPACE;
  const prefix = UNIT_PREFIXES[k % UNIT_PREFIXES.length]!;
  const rest = Math.floor(k / UNIT_PREFIXES.length);
  return `${prefix}${String(rest % 10_000).padStart(4, '0')}${String.fromCharCode(65 + Math.floor(rest / 10_000))}`;
}

/** Employer i's tax code: province prefix + 8 digits unique per i. */
function taxCode(i: number, provinceCode: string): string {
  const body = (i * 48_271_619 + 31_415_927) % 100_000_000;
  return `${PROVINCE_GEO[provinceCode]!.tax}${String(body).padStart(8, '0')}`;
}

function employerName(r: Rng, c: Commune, p: Province): { name: string; branch: boolean } {
  const brand = r.chance(0.1)
    ? `${r.pick(BRANDS_LATIN)} ${r.pick(SYLLABLES)}`
    : `${r.pick(SYLLABLES)} ${r.pick(SYLLABLES)}`;
  const field = r.pick(FIELDS);
  const x = r.next();
  if (x < 0.36) return { name: `Công ty TNHH ${field} ${brand}`, branch: false };
  if (x < 0.44) return { name: `Công ty TNHH MTV ${brand}`, branch: false };
  if (x < 0.64) return { name: `Công ty Cổ phần ${field} ${brand}`, branch: false };
  if (x < 0.7)
    return {
      name: `Chi nhánh Công ty ${r.chance(0.5) ? 'TNHH' : 'Cổ phần'} ${brand} tại ${p.shortName}`,
      branch: true,
    };
  if (x < 0.73) return { name: `Doanh nghiệp tư nhân ${brand}`, branch: false };
  if (x < 0.76)
    return {
      name: `Hợp tác xã ${r.pick(['Nông nghiệp', 'Dịch vụ', 'Thủy sản', 'Vận tải'])} ${areaOf(c)}`,
      branch: false,
    };
  if (x < 0.86) {
    const level = r.pick(['Mầm non', 'Tiểu học', 'Trung học cơ sở', 'Trung học phổ thông']);
    return {
      name: `Trường ${level} ${r.chance(0.5) ? areaOf(c) : r.pick(SCHOOL_NAMES)}`,
      branch: false,
    };
  }
  if (x < 0.89) return { name: `Ủy ban nhân dân ${lowerType(c)}`, branch: false };
  if (x < 0.93)
    return { name: `Hộ kinh doanh ${r.pick(SURNAMES)} ${r.pick(GIVEN)}`, branch: false };
  if (x < 0.95) return { name: `Công ty Luật TNHH ${brand}`, branch: false };
  if (x < 0.97) return { name: `Phòng khám Đa khoa ${brand}`, branch: false };
  return { name: `Văn phòng Công chứng ${brand}`, branch: false };
}

function* employerRows(
  world: World,
  total: number,
  agenciesOf: Map<string, string[]>,
): Generator<unknown[]> {
  const r = rng(SEED + 3);
  let n = 0;
  for (const e of KNOWN_EMPLOYERS) {
    if (n++ >= total) return;
    const p = world.province.get(e.province)!;
    const c = world.commune.get(e.commune) ?? null;
    const k = keys(e.name, e.address, c, p, [e.unitCode, e.taxCode]);
    yield [
      e.unitCode,
      e.taxCode,
      e.name,
      p.code,
      c?.code,
      e.address,
      e.agency,
      'active',
      k.nameKey,
      k.searchKey,
    ];
  }
  const pick = provincePicker(r, world, (p) => PROVINCE_GEO[p.code]!.weight);
  const fallback = [...agenciesOf.values()].find((a) => a.length > 0)?.[0];
  for (let i = 0; n < total; i++, n++) {
    const p = pick();
    const c = r.pick(world.communes.get(p.code)!);
    const { name, branch } = employerName(r, c, p);
    const industrial = name.startsWith('Công ty') && r.chance(0.15);
    const address = industrial
      ? `Lô ${r.pick(['CN', 'A', 'B', 'C'])}${r.int(1, 40)}, Khu công nghiệp ${areaOf(c)}, ${c.name}, ${p.name}`
      : streetAddress(r, c, p);
    const tax = r.chance(0.02)
      ? null
      : branch
        ? `${taxCode(i, p.code)}-00${r.int(1, 9)}`
        : taxCode(i, p.code);
    const candidates = agenciesOf.get(p.code) ?? [];
    const agency = candidates.length
      ? r.chance(0.35)
        ? candidates[0]!
        : r.pick(candidates)
      : fallback!;
    const x = r.next();
    const status = x < 0.88 ? 'active' : x < 0.93 ? 'suspended' : 'terminated';
    const code = unitCode(i);
    const k = keys(name, address, c, p, [code, tax ?? undefined].filter(Boolean) as string[]);
    yield [code, tax, name, p.code, c.code, address, agency, status, k.nameKey, k.searchKey];
  }
}

// ---------------------------------------------------------------- collection points

const POINT_COLUMNS: readonly Column[] = [
  ['code', 'text'],
  ['name', 'text'],
  ['kind', 'text'],
  ['operator', 'text'],
  ['province_code', 'text'],
  ['commune_code', 'text'],
  ['address', 'text'],
  ['phone', 'text'],
  ['opening_hours', 'text'],
  ['latitude', 'float8'],
  ['longitude', 'float8'],
  ['name_key', 'text'],
  ['search_key', 'text'],
];

function* pointRows(world: World, total: number): Generator<unknown[]> {
  const r = rng(SEED + 4);
  const pick = provincePicker(r, world, (p) => world.communes.get(p.code)!.length);
  const seq = new Map<string, number>();
  for (let n = 0; n < total; n++) {
    const p = pick();
    const c = r.pick(world.communes.get(p.code)!);
    const x = r.next();
    let name: string;
    let kind: 'agent' | 'collection_point';
    let operator: string;
    let hours: string;
    if (x < 0.45) {
      kind = 'agent';
      operator = 'Bưu điện Việt Nam';
      if (c.type === 'Xã') {
        name = `Bưu điện văn hoá ${lowerType(c)}`;
        hours = HOURS_POST_SMALL;
      } else {
        name = r.chance(0.5) ? `Bưu điện ${lowerType(c)}` : `Bưu cục ${areaOf(c)}`;
        hours = HOURS_POST;
      }
    } else if (x < 0.65) {
      kind = 'agent';
      operator = `UBND ${lowerType(c)}`;
      name = `Đại lý thu UBND ${lowerType(c)}`;
      hours = HOURS_COMMUNE;
    } else if (x < 0.75) {
      kind = 'agent';
      operator = 'Bưu chính Viettel';
      name = `Đại lý thu Viettel Post ${areaOf(c)}`;
      hours = HOURS_POST;
    } else if (x < 0.9) {
      kind = 'collection_point';
      const who = r.pick(['Hội Nông dân', 'Hội Liên hiệp Phụ nữ', 'Hội Cựu chiến binh']);
      operator = `${who} ${lowerType(c)}`;
      name = `Điểm thu BHXH ${who} ${lowerType(c)}`;
      hours = HOURS_COMMUNE;
    } else {
      kind = 'collection_point';
      operator = `BHXH cơ sở ${areaOf(c)}`;
      name = `Điểm thu BHXH ${areaOf(c)}`;
      hours = isSouth(p.code) ? HOURS_OFFICE_SOUTH : HOURS_OFFICE;
    }
    const k = seq.get(p.code) ?? 1;
    seq.set(p.code, k + 1);
    const code = `${kind === 'agent' ? 'DL' : 'DT'}${p.code}${String(k).padStart(5, '0')}`;
    const address = streetAddress(r, c, p);
    const { latitude, longitude } = coordinates(r, p.code);
    const keysOf = keys(name, address, c, p, [code]);
    yield [
      code,
      name,
      kind,
      operator,
      p.code,
      c.code,
      address,
      landline(r, p.code),
      hours,
      latitude,
      longitude,
      keysOf.nameKey,
      keysOf.searchKey,
    ];
  }
}

// ---------------------------------------------------------------- entry point

/**
 * Seeds each directory that is still empty (agencies: when only seedDemo's 001/031 exist) with
 * generated demo rows; a directory that already has rows is left alone. Needs the administrative
 * units; run after seedDemo so agencies 001 and 031 exist (they are completed, never renamed).
 * Returns the rows written per directory.
 */
export async function seedDemoDirectories(
  database: Database,
  sizes: Partial<DirectorySizes> = {},
  onProgress?: (step: string, rows: number, ms: number) => void,
): Promise<DirectorySeedResult> {
  const size = { ...DEMO_DIRECTORY_SIZES, ...sizes };
  return database.withAdvisoryLock(SEED_LOCK, async () => {
    const world = await loadWorld(database);
    const step = async (name: string, fn: () => Promise<number>) => {
      const t = Date.now();
      const n = await fn();
      onProgress?.(name, n, Date.now() - t);
      return n;
    };
    const agencies = await step('agencies', () => seedAgencies(database, world, size.agencies));

    const facilities = await step('facilities', async () =>
      (await isEmpty(database, 'health_facilities'))
        ? withIndexesRebuilt(database, 'health_facilities', size.facilities, () =>
            insertRows(
              database,
              'health_facilities',
              FACILITY_COLUMNS,
              facilityRows(world, size.facilities),
            ),
          )
        : 0,
    );

    const employers = await step('employers', async () => {
      if (!(await isEmpty(database, 'employers'))) return 0;
      const a = await database.executeSql(
        'select code, province_code as p from agencies order by kind desc, code',
      );
      const agenciesOf = new Map<string, string[]>();
      for (const x of a.rows as { code: string; p: string }[]) {
        const list = agenciesOf.get(x.p) ?? [];
        list.push(x.code);
        agenciesOf.set(x.p, list);
      }
      if (agenciesOf.size === 0) return 0; // nothing to manage them
      return withIndexesRebuilt(database, 'employers', size.employers, () =>
        insertRows(
          database,
          'employers',
          EMPLOYER_COLUMNS,
          employerRows(world, size.employers, agenciesOf),
        ),
      );
    });

    const collectionPoints = await step('collection points', async () =>
      (await isEmpty(database, 'collection_points'))
        ? withIndexesRebuilt(database, 'collection_points', size.collectionPoints, () =>
            insertRows(
              database,
              'collection_points',
              POINT_COLUMNS,
              pointRows(world, size.collectionPoints),
            ),
          )
        : 0,
    );
    return { agencies, facilities, employers, collectionPoints };
  });
}

/** For the tests: the generated rows without writing them. */
export const _generators = { agencyRows, facilityRows, employerRows, pointRows, loadWorld };
