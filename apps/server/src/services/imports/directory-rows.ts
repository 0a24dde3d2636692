import {
  COLLECTION_POINT_KIND_LABELS,
  DIRECTORY_FALSE,
  DIRECTORY_IMPORT_COLUMNS,
  DIRECTORY_TRUE,
  type DirectoryKind,
  EMPLOYER_STATUS_LABELS,
  FACILITY_LEVEL_LABELS,
} from '@vssid/contracts';
import { parseOpeningHours, searchKey } from '@vssid/domain';
import { directoryKeys } from '../lookups/directory-keys.ts';

/*
 * One directory row — a CSV line or the edit form, which sends the same column names — checked
 * with the same rules (docs/IMPORTS.md "Directories"). Two steps:
 * 1. parseDirectoryRow: the row alone (required cells, formats, enums, booleans, coordinates);
 * 2. checkDirectoryReferences: what needs the database (province, commune in the province,
 *    managing agency, the caller's scope), fed with lookups made once per batch.
 * Each problem carries the import report's reason and the form field's (more precise) message.
 */

export type DirectoryIssue = {
  /** The CSV column / form field. */
  column: string;
  /** Reason in the import report (IMPORT_ROW_REASONS). */
  reason: string;
  /** Message code under the form field. */
  code: string;
};

/** Values for the kind's table (Drizzle property names), without keys, demo and timestamps. */
export type DirectoryValues = Record<string, string | number | boolean | Date | null>;

export type ParsedDirectoryRow = {
  /** The natural key: code (unit_code for employers). */
  key: string;
  provinceCode: string;
  communeCode: string | null;
  agencyCode: string | null;
  values: DirectoryValues;
};

type FieldType =
  | 'text'
  | 'hours'
  | 'code'
  | 'facilityCode'
  | 'unitCode'
  | 'taxCode'
  | 'province'
  | 'commune'
  | 'agency'
  | 'phone'
  | 'email'
  | 'bool'
  | 'lat'
  | 'lng'
  | { options: Record<string, readonly string[]> };

type Field = { col: string; prop: string; type: FieldType; required?: boolean; max?: number };

const AGENCY_KIND_OPTIONS = {
  province: ['BHXH tỉnh', 'BHXH thành phố', 'BHXH tỉnh/thành phố', 'BHXH tỉnh, thành phố'],
  base: ['BHXH cơ sở'],
} as const;
const LEVEL_OPTIONS = {
  initial: [FACILITY_LEVEL_LABELS.initial, 'ban đầu', 'cấp ban đầu'],
  basic: [FACILITY_LEVEL_LABELS.basic, 'cơ bản', 'cấp cơ bản'],
  specialized: [FACILITY_LEVEL_LABELS.specialized, 'chuyên sâu', 'cấp chuyên sâu'],
} as const;
const OWNERSHIP_OPTIONS = {
  public: ['Công lập', 'nhà nước'],
  private: ['Ngoài công lập', 'tư nhân'],
} as const;
const STATUS_OPTIONS = {
  active: [EMPLOYER_STATUS_LABELS.active],
  suspended: [EMPLOYER_STATUS_LABELS.suspended],
  terminated: [EMPLOYER_STATUS_LABELS.terminated],
} as const;
const CP_KIND_OPTIONS = {
  collection_point: [COLLECTION_POINT_KIND_LABELS.collection_point],
  agent: [COLLECTION_POINT_KIND_LABELS.agent],
} as const;

/** Enum labels the back office shows (the first Vietnamese spelling of each value). */
export const DIRECTORY_OPTION_LABELS = {
  kind: { ...AGENCY_KIND_OPTIONS, ...CP_KIND_OPTIONS },
  level: LEVEL_OPTIONS,
  ownership: OWNERSHIP_OPTIONS,
  status: STATUS_OPTIONS,
};

const place: Field[] = [
  { col: 'province_code', prop: 'provinceCode', type: 'province', required: true },
  { col: 'commune_code', prop: 'communeCode', type: 'commune' },
  { col: 'address', prop: 'address', type: 'text', required: true, max: 300 },
];
const coords: Field[] = [
  { col: 'latitude', prop: 'latitude', type: 'lat' },
  { col: 'longitude', prop: 'longitude', type: 'lng' },
];

/** Per directory: every import column, its table property, its rule. */
export const DIRECTORY_FIELDS: Record<DirectoryKind, Field[]> = {
  agencies: [
    { col: 'code', prop: 'code', type: 'code', required: true },
    { col: 'name', prop: 'name', type: 'text', required: true, max: 200 },
    { col: 'kind', prop: 'kind', type: { options: AGENCY_KIND_OPTIONS }, required: true },
    ...place,
    { col: 'phone', prop: 'phone', type: 'phone', required: true },
    { col: 'email', prop: 'email', type: 'email' },
    { col: 'working_hours', prop: 'workingHours', type: 'hours', max: 200 },
    ...coords,
  ],
  'health-facilities': [
    { col: 'code', prop: 'code', type: 'facilityCode', required: true },
    { col: 'name', prop: 'name', type: 'text', required: true, max: 200 },
    { col: 'level', prop: 'level', type: { options: LEVEL_OPTIONS }, required: true },
    { col: 'ownership', prop: 'ownership', type: { options: OWNERSHIP_OPTIONS }, required: true },
    ...place,
    { col: 'phone', prop: 'phone', type: 'phone' },
    { col: 'bhyt_contracted', prop: 'bhytContracted', type: 'bool' },
    {
      col: 'accepts_initial_registration',
      prop: 'acceptsInitialRegistration',
      type: 'bool',
    },
    { col: 'issues_sick_leave', prop: 'issuesSickLeave', type: 'bool' },
    ...coords,
  ],
  employers: [
    { col: 'unit_code', prop: 'unitCode', type: 'unitCode', required: true },
    { col: 'tax_code', prop: 'taxCode', type: 'taxCode' },
    { col: 'name', prop: 'name', type: 'text', required: true, max: 200 },
    ...place,
    { col: 'agency_code', prop: 'agencyCode', type: 'agency', required: true },
    { col: 'status', prop: 'status', type: { options: STATUS_OPTIONS }, required: true },
  ],
  'collection-points': [
    { col: 'code', prop: 'code', type: 'code', required: true },
    { col: 'name', prop: 'name', type: 'text', required: true, max: 200 },
    { col: 'kind', prop: 'kind', type: { options: CP_KIND_OPTIONS }, required: true },
    { col: 'operator', prop: 'operator', type: 'text', max: 200 },
    ...place,
    { col: 'phone', prop: 'phone', type: 'phone' },
    { col: 'opening_hours', prop: 'openingHours', type: 'hours', max: 200 },
    ...coords,
  ],
};

// Every column of the contract has a rule, in the contract's order (checked at load).
for (const [kind, cols] of Object.entries(DIRECTORY_IMPORT_COLUMNS)) {
  const fields = DIRECTORY_FIELDS[kind as DirectoryKind].map((f) => f.col);
  if (fields.join() !== cols.join())
    throw new Error(`directory fields of ${kind} differ from the contract`);
}

const KEY_PROP: Record<DirectoryKind, string> = {
  agencies: 'code',
  'health-facilities': 'code',
  employers: 'unitCode',
  'collection-points': 'code',
};
export const directoryKeyProp = (kind: DirectoryKind) => KEY_PROP[kind];

const TRUE = new Set<string>(DIRECTORY_TRUE);
const FALSE = new Set<string>(DIRECTORY_FALSE);

class Issue extends Error {
  constructor(
    readonly reason: string,
    readonly code: string,
  ) {
    super(code);
  }
}
const invalid = (code: string) => new Issue('IMPORT_FIELD_INVALID', code);

function parseNumber(v: string): number | null {
  const n = Number(v.replace(',', '.'));
  return /^-?\d+([.,]\d+)?$/.test(v) && Number.isFinite(n) ? n : null;
}

/** One cell: trimmed text → the value to store (null for an empty optional cell). */
function cell(f: Field, v: string): string | number | boolean | null {
  if (f.type === 'bool') {
    const k = searchKey(v);
    if (TRUE.has(k)) return true;
    if (FALSE.has(k)) return false;
    throw new Issue('IMPORT_FIELD_INVALID', 'DIRECTORY_BOOLEAN_INVALID');
  }
  if (v === '') {
    if (f.required) throw new Issue('IMPORT_FIELD_REQUIRED', 'FIELD_REQUIRED');
    return null;
  }
  if (f.max && v.length > f.max) throw new Issue('IMPORT_FIELD_INVALID', 'FIELD_TOO_LONG');
  const t = f.type;
  if (typeof t === 'object') {
    const k = searchKey(v);
    for (const [value, labels] of Object.entries(t.options))
      if (k === value || labels.some((l) => searchKey(l) === k)) return value;
    throw invalid('DIRECTORY_OPTION_INVALID');
  }
  switch (t) {
    case 'text':
      return v.replace(/\s+/g, ' ');
    case 'hours':
      // Stored as typed, but only a timetable the app can word in every language.
      if (!parseOpeningHours(v)) throw invalid('DIRECTORY_HOURS_INVALID');
      return v.replace(/\s+/g, ' ');
    case 'code':
    case 'agency':
      if (!/^[A-Za-z0-9._-]{1,20}$/.test(v))
        throw t === 'agency'
          ? new Issue('IMPORT_UNKNOWN_AGENCY', 'IMPORT_UNKNOWN_AGENCY')
          : invalid('DIRECTORY_CODE_INVALID');
      return v;
    case 'facilityCode': {
      const c = v.replace(/[\s-]/g, '');
      if (!/^\d{5}$/.test(c)) throw invalid('DIRECTORY_FACILITY_CODE_INVALID');
      return c;
    }
    case 'unitCode': {
      const c = v.toUpperCase();
      if (!/^[A-Z0-9]{3,12}$/.test(c)) throw invalid('DIRECTORY_UNIT_CODE_INVALID');
      return c;
    }
    case 'taxCode':
      if (!/^\d{10}(-\d{3})?$/.test(v)) throw invalid('DIRECTORY_TAX_CODE_INVALID');
      return v;
    case 'province':
      if (!/^\d{2}$/.test(v)) throw new Issue('IMPORT_UNKNOWN_PLACE', 'PROVINCE_NOT_FOUND');
      return v;
    case 'commune':
      if (!/^\d{5}$/.test(v))
        throw new Issue('IMPORT_UNKNOWN_PLACE', 'DIRECTORY_COMMUNE_NOT_FOUND');
      return v;
    case 'phone':
      if (!/^\+?[\d .]{6,20}$/.test(v) || (v.match(/\d/g)?.length ?? 0) < 6)
        throw invalid('DIRECTORY_PHONE_INVALID');
      return v.replace(/\s+/g, ' ');
    case 'email':
      if (!/^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/.test(v) || v.length > 200)
        throw invalid('DIRECTORY_EMAIL_INVALID');
      return v.toLowerCase();
    case 'lat':
    case 'lng': {
      const n = parseNumber(v);
      const [min, max] = t === 'lat' ? [8, 24] : [102, 110];
      if (n === null || n < min || n > max) throw invalid('DIRECTORY_COORDINATES_INVALID');
      return n;
    }
  }
}

/**
 * Step 1: the row on its own. `get` reads a column's raw text. Returns the parsed row, or every
 * problem found (the import reports the first, the form shows them all).
 */
export function parseDirectoryRow(
  kind: DirectoryKind,
  get: (column: string) => string,
): { row: ParsedDirectoryRow; issues: [] } | { row: null; issues: DirectoryIssue[] } {
  const values: DirectoryValues = {};
  const issues: DirectoryIssue[] = [];
  for (const f of DIRECTORY_FIELDS[kind]) {
    try {
      values[f.prop] = cell(f, (get(f.col) ?? '').trim());
    } catch (e) {
      if (!(e instanceof Issue)) throw e;
      issues.push({ column: f.col, reason: e.reason, code: e.code });
    }
  }
  const cols = DIRECTORY_IMPORT_COLUMNS[kind];
  if (
    cols.includes('latitude') &&
    !issues.some((i) => i.column === 'latitude' || i.column === 'longitude')
  ) {
    if ((values.latitude === null) !== (values.longitude === null))
      issues.push({
        column: values.latitude === null ? 'latitude' : 'longitude',
        reason: 'IMPORT_FIELD_INVALID',
        code: 'DIRECTORY_COORDINATES_INVALID',
      });
  }
  if (issues.length > 0) return { row: null, issues };
  return {
    row: {
      key: values[KEY_PROP[kind]] as string,
      provinceCode: values.provinceCode as string,
      communeCode: (values.communeCode as string | null) ?? null,
      agencyCode: kind === 'employers' ? (values.agencyCode as string) : null,
      values,
    },
    issues: [],
  };
}

/** What a batch looked up once: names of provinces and communes, agency codes. */
export type DirectoryRefs = {
  provinces: Map<string, string>;
  communes: Map<string, { provinceCode: string; name: string }>;
  agencies: Set<string>;
};

/**
 * Step 2: references and scope. `scope` = the only province the caller may write (a
 * supervisor's), null = nationwide. `storedProvince` = the province of the row already stored
 * under the same key, if any (moving another province's row is out of scope too).
 */
export function checkDirectoryReferences(
  row: ParsedDirectoryRow,
  refs: DirectoryRefs,
  scope: string | null,
  storedProvince: string | null,
): DirectoryIssue[] {
  const issues: DirectoryIssue[] = [];
  if (!refs.provinces.has(row.provinceCode))
    issues.push({
      column: 'province_code',
      reason: 'IMPORT_UNKNOWN_PLACE',
      code: 'PROVINCE_NOT_FOUND',
    });
  else if (
    scope !== null &&
    (row.provinceCode !== scope || (storedProvince !== null && storedProvince !== scope))
  )
    issues.push({
      column: 'province_code',
      reason: 'IMPORT_OUT_OF_SCOPE',
      code: 'IMPORT_OUT_OF_SCOPE',
    });
  if (row.communeCode !== null) {
    const c = refs.communes.get(row.communeCode);
    if (!c)
      issues.push({
        column: 'commune_code',
        reason: 'IMPORT_UNKNOWN_PLACE',
        code: 'DIRECTORY_COMMUNE_NOT_FOUND',
      });
    else if (c.provinceCode !== row.provinceCode)
      issues.push({
        column: 'commune_code',
        reason: 'IMPORT_UNKNOWN_PLACE',
        code: 'COMMUNE_NOT_IN_PROVINCE',
      });
  }
  if (row.agencyCode !== null && !refs.agencies.has(row.agencyCode))
    issues.push({
      column: 'agency_code',
      reason: 'IMPORT_UNKNOWN_AGENCY',
      code: 'IMPORT_UNKNOWN_AGENCY',
    });
  return issues;
}

/** The row as stored: values + search keys (directoryKeys, with place names) + demo=false. */
export function directoryRecord(
  kind: DirectoryKind,
  row: ParsedDirectoryRow,
  refs: DirectoryRefs,
  now: Date,
): DirectoryValues {
  const v = row.values;
  const codes =
    kind === 'employers' ? [v.unitCode as string, v.taxCode as string | null] : [row.key];
  const keys = directoryKeys({
    name: v.name as string,
    address: v.address as string,
    communeName: row.communeCode ? refs.communes.get(row.communeCode)?.name : null,
    provinceName: refs.provinces.get(row.provinceCode),
    codes,
  });
  return {
    ...v,
    ...(kind === 'agencies' ? { searchKey: keys.searchKey } : keys),
    demo: false,
    updatedAt: now,
  };
}

/** True when the stored row already holds exactly these values (and is no longer demo data). */
export function sameAsStored(
  kind: DirectoryKind,
  row: ParsedDirectoryRow,
  stored: Record<string, unknown>,
): boolean {
  if (stored.demo === true) return false;
  return DIRECTORY_FIELDS[kind].every((f) => (stored[f.prop] ?? null) === row.values[f.prop]);
}

/** A stored row as the form's text values (booleans '1'/'0', empty for null). */
export function directoryFormValues(
  kind: DirectoryKind,
  stored: Record<string, unknown>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of DIRECTORY_FIELDS[kind]) {
    const v = stored[f.prop];
    out[f.col] = typeof v === 'boolean' ? (v ? '1' : '0') : v == null ? '' : String(v);
  }
  return out;
}
