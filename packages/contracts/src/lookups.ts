/**
 * "Tra cứu" — the six public lookups (issue 6). No sign-in, no CSRF (GET, or a POST that changes
 * nothing but counters). Errors are `apiErrorSchema`.
 *
 * | Method | Path                                    | Query / body                       | 2xx                                   | Errors
 * |--------|-----------------------------------------|------------------------------------|---------------------------------------|-------
 * | GET    | /api/lookups/agencies                   | directoryQuerySchema               | 200 agencyPageSchema                  | 400 VALIDATION_FAILED (fields); 429 RATE_LIMITED
 * | GET    | /api/lookups/sick-leave-facilities      | directoryQuerySchema               | 200 facilityPageSchema (issuesSickLeave only) | 400; 429
 * | GET    | /api/lookups/bhyt-facilities            | bhytFacilityQuerySchema            | 200 facilityPageSchema (bhytContracted only)  | 400; 429
 * | GET    | /api/lookups/employers                  | employerQuerySchema                | 200 employerPageSchema                | 400; 429
 * | GET    | /api/lookups/collection-points          | directoryQuerySchema               | 200 collectionPointPageSchema         | 400; 429
 * | POST   | /api/lookups/bhxh-code/challenge        | –                                  | 200 powChallengeSchema                | 429 LOOKUP_DAILY_LIMIT
 * | POST   | /api/lookups/bhxh-code                  | bhxhCodeLookupRequestSchema        | 200 bhxhCodeLookupResultSchema        | 400 VALIDATION_FAILED (fields); 428 CHALLENGE_REQUIRED; 400 CHALLENGE_INVALID; 429 RATE_LIMITED / LOOKUP_DAILY_LIMIT
 *
 * Search behaviour, the same for every directory (`q`):
 * - diacritics-, case- and spacing-insensitive ("dong da" finds "Đống Đa"; `searchKey` of domain);
 * - every word of q must appear in the name or address (substring); when that finds nothing,
 *   typo-tolerant matches (pg_trgm word similarity, on PostgreSQL and on PGlite) are returned
 *   instead and the page says `match: 'similar'` ("Kết quả gần đúng");
 * - `%`, `_`, `\` and quotes are plain text; control characters and lone surrogates are refused
 *   (FIELD_BAD_CHARACTERS, the rule of every text input, text.ts); q longer than 100 characters is
 *   refused in field `q` (LOOKUP_QUERY_TOO_LONG); q of 1 character is refused (LOOKUP_QUERY_TOO_SHORT);
 * - filters: provinceCode (2 digits, current 34), communeCode (5 digits; must be in the province
 *   when both are given → COMMUNE_NOT_IN_PROVINCE in field communeCode);
 * - `lat` + `lng` together ("Gần tôi"): results sorted by distance, `distanceKm` filled; otherwise
 *   sorted by relevance then name;
 * - pages: `page` from 1, `pageSize` 1–50 (default 20); `total` is exact up to 1,000 and then
 *   `totalCapped: true` ("Hơn 1.000 kết quả") so a broad query over a million employers stays fast.
 */
import { z } from 'zod';
import { text } from './text.ts';

// ---------------------------------------------------------------- shared query parts

export const LOOKUP_PAGE_SIZE = 20;
export const LOOKUP_TOTAL_CAP = 1000;
export const LOOKUP_QUERY_MAX = 100;

const optionalCode = (digits: number) =>
  text({ max: 20, tooLong: 'FIELD_INVALID' })
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(
      z
        .string()
        .regex(new RegExp(`^\\d{${digits}}$`), { error: 'FIELD_INVALID' })
        .optional(),
    )
    .optional();

/** Free text: trimmed, other control characters made blanks, 2–100 characters; empty = no text filter. */
export const lookupText = text({ max: 1000, tooLong: 'LOOKUP_QUERY_TOO_LONG' })
  .transform((v) => v.replace(/\p{Cc}/gu, ' ').trim())
  .pipe(
    z
      .string()
      .max(LOOKUP_QUERY_MAX, { error: 'LOOKUP_QUERY_TOO_LONG' })
      .refine((v) => v.length !== 1, { error: 'LOOKUP_QUERY_TOO_SHORT' }),
  )
  .optional();

const coordinate = (min: number, max: number) =>
  z.coerce
    .number({ error: 'LOOKUP_LOCATION_INVALID' })
    .min(min, { error: 'LOOKUP_LOCATION_INVALID' })
    .max(max, { error: 'LOOKUP_LOCATION_INVALID' })
    .optional();

export const directoryQuerySchema = z
  .object({
    q: lookupText,
    provinceCode: optionalCode(2),
    communeCode: optionalCode(5),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    pageSize: z.coerce.number().int().min(1).max(50).default(LOOKUP_PAGE_SIZE),
    /** "Gần tôi": the browser's position (WGS84). Both or neither. */
    lat: coordinate(-90, 90),
    lng: coordinate(-180, 180),
  })
  .superRefine((v, ctx) => {
    if ((v.lat === undefined) !== (v.lng === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [v.lat === undefined ? 'lat' : 'lng'],
        message: 'LOOKUP_LOCATION_INVALID',
      });
  });
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

export const bhytFacilityQuerySchema = z.intersection(
  directoryQuerySchema,
  z.object({
    /** Only facilities where one can register for initial care (nơi ĐKKCB ban đầu). */
    initialRegistration: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    level: z.enum(['initial', 'basic', 'specialized']).optional(),
  }),
);
export type BhytFacilityQuery = z.infer<typeof bhytFacilityQuerySchema>;

export const EMPLOYER_STATUSES = ['active', 'suspended', 'terminated'] as const;
export type EmployerStatus = (typeof EMPLOYER_STATUSES)[number];
/** Labels exactly as printed. */
export const EMPLOYER_STATUS_LABELS: Record<EmployerStatus, string> = {
  active: 'Đang tham gia',
  suspended: 'Tạm dừng',
  terminated: 'Chấm dứt',
};

export const employerQuerySchema = z.intersection(
  directoryQuerySchema,
  z.object({ status: z.enum(EMPLOYER_STATUSES).optional() }),
);
export type EmployerQuery = z.infer<typeof employerQuerySchema>;

// ---------------------------------------------------------------- items

const place = z.object({ code: z.string(), name: z.string() });
const weekday = z.number().int().min(1).max(7);
/**
 * A timetable as codes and times (domain parseOpeningHours), worded by the browser: days 1 =
 * Monday … 7 = Sunday, `morningOnly` for "sáng Thứ Bảy", spans of 'H:MM' times. Null when the
 * stored text is not a timetable.
 */
export const openingHoursSchema = z.array(
  z.object({
    from: weekday,
    to: weekday,
    morningOnly: z.boolean(),
    spans: z.array(z.tuple([z.string(), z.string()])),
  }),
);
export type OpeningHours = z.infer<typeof openingHoursSchema>;
const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    items: z.array(item),
    /** Exact up to LOOKUP_TOTAL_CAP; beyond, LOOKUP_TOTAL_CAP with totalCapped = true. */
    total: z.number().int(),
    totalCapped: z.boolean(),
    page: z.number().int(),
    pageSize: z.number().int(),
    /** 'all' = no text; 'exact' = every word found; 'similar' = typo-tolerant fallback. */
    match: z.enum(['all', 'exact', 'similar']),
  });

export const AGENCY_KINDS = ['province', 'base'] as const;
export const agencyDirectoryItemSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string().describe('ví dụ "BHXH cơ sở Đống Đa"'),
  kind: z.enum(AGENCY_KINDS).describe('province = BHXH tỉnh/thành phố; base = BHXH cơ sở'),
  address: z.string(),
  province: place,
  commune: place.nullable(),
  phone: z.string(),
  email: z.string().nullable(),
  workingHours: openingHoursSchema
    .nullable()
    .describe('ví dụ "Thứ Hai – Thứ Sáu: 7:30–11:30, 13:30–16:30" as rules of day codes and times'),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** Generated demonstration data (not an official record). */
  demo: z.boolean(),
  distanceKm: z.number().nullable(),
});
export type AgencyDirectoryItem = z.infer<typeof agencyDirectoryItemSchema>;
export const agencyPageSchema = pageOf(agencyDirectoryItemSchema);
export type AgencyPage = z.infer<typeof agencyPageSchema>;

export const FACILITY_LEVELS = ['initial', 'basic', 'specialized'] as const;
export type FacilityLevel = (typeof FACILITY_LEVELS)[number];
/** Levels of the 2023 Law on Medical Examination and Treatment, as printed. */
export const FACILITY_LEVEL_LABELS: Record<FacilityLevel, string> = {
  initial: 'Cấp khám bệnh, chữa bệnh ban đầu',
  basic: 'Cấp khám bệnh, chữa bệnh cơ bản',
  specialized: 'Cấp khám bệnh, chữa bệnh chuyên sâu',
};
export const facilityDirectoryItemSchema = z.object({
  id: z.string(),
  /** Mã CSKCB: 5 digits (2 of the province as used by BHXH + 3). */
  code: z.string(),
  name: z.string(),
  level: z.enum(FACILITY_LEVELS),
  ownership: z.enum(['public', 'private']),
  address: z.string(),
  province: place,
  commune: place.nullable(),
  phone: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  bhytContracted: z.boolean(),
  acceptsInitialRegistration: z.boolean(),
  issuesSickLeave: z.boolean(),
  demo: z.boolean(),
  distanceKm: z.number().nullable(),
});
export type FacilityDirectoryItem = z.infer<typeof facilityDirectoryItemSchema>;
export const facilityPageSchema = pageOf(facilityDirectoryItemSchema);
export type FacilityPage = z.infer<typeof facilityPageSchema>;

export const employerDirectoryItemSchema = z.object({
  id: z.string(),
  /** Mã đơn vị as BHXH prints it, e.g. "TA1234A". */
  unitCode: z.string(),
  /** Mã số thuế: 10 digits, or 10 + "-" + 3 for a branch. */
  taxCode: z.string().nullable(),
  name: z.string(),
  address: z.string(),
  province: place,
  managingAgency: z.object({ code: z.string(), name: z.string() }),
  status: z.enum(EMPLOYER_STATUSES),
  demo: z.boolean(),
});
export type EmployerDirectoryItem = z.infer<typeof employerDirectoryItemSchema>;
export const employerPageSchema = pageOf(employerDirectoryItemSchema);
export type EmployerPage = z.infer<typeof employerPageSchema>;

export const COLLECTION_POINT_KINDS = ['collection_point', 'agent'] as const;
export type CollectionPointKind = (typeof COLLECTION_POINT_KINDS)[number];
export const COLLECTION_POINT_KIND_LABELS: Record<CollectionPointKind, string> = {
  collection_point: 'Điểm thu',
  agent: 'Đại lý thu',
};
export const collectionPointItemSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(COLLECTION_POINT_KINDS),
  /** Who runs it, e.g. "Bưu điện Việt Nam", "UBND phường Hồng Bàng". */
  operator: z.string().nullable(),
  address: z.string(),
  province: place,
  commune: place.nullable(),
  phone: z.string().nullable(),
  openingHours: openingHoursSchema.nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  demo: z.boolean(),
  distanceKm: z.number().nullable(),
});
export type CollectionPointItem = z.infer<typeof collectionPointItemSchema>;
export const collectionPointPageSchema = pageOf(collectionPointItemSchema);
export type CollectionPointPage = z.infer<typeof collectionPointPageSchema>;

// ---------------------------------------------------------------- "Tra cứu mã số BHXH"

/**
 * Proof of work, self-hosted: find a `nonce` (decimal string) such that
 * SHA-256(`${salt}:${nonce}`) starts with `difficulty` zero bits. Single use, expires.
 */
export const powChallengeSchema = z.object({
  id: z.string(),
  salt: z.string(),
  difficulty: z.number().int(),
  expiresAt: z.string(),
});
export type PowChallenge = z.infer<typeof powChallengeSchema>;

export const bhxhCodeLookupRequestSchema = z.object({
  provinceCode: text({ max: 10, required: 'PROVINCE_REQUIRED', tooLong: 'PROVINCE_REQUIRED' })
    .trim()
    .regex(/^\d{2}$/, { error: 'PROVINCE_REQUIRED' }),
  communeCode: optionalCode(5),
  /** With or without diacritics: with them they must match; without, they are ignored. */
  fullName: text({ max: 200, required: 'FULL_NAME_REQUIRED' })
    .transform((v) => v.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { error: 'FULL_NAME_REQUIRED' })
        .max(100, { error: 'FIELD_TOO_LONG' })
        .regex(/^[\p{L}\p{M}' .-]+$/u, { error: 'FULL_NAME_INVALID' }),
    ),
  /** ISO yyyy-mm-dd (the screen takes dd/mm/yyyy). */
  birthDate: text({ max: 40, required: 'BIRTH_DATE_REQUIRED' })
    .trim()
    .min(1, { error: 'BIRTH_DATE_REQUIRED' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'BIRTH_DATE_INVALID' }),
  /** Số CCCD/CMND (12 or 9 digits), optional; narrows an ambiguous name. */
  idNumber: text({ max: 40, tooLong: 'ID_NUMBER_INVALID' })
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(
      z
        .string()
        .regex(/^(\d{9}|\d{12})$/, { error: 'ID_NUMBER_INVALID' })
        .optional(),
    )
    .optional(),
  /** A solved challenge, when the server asked for one (428 CHALLENGE_REQUIRED). */
  challenge: z.object({ id: text({ max: 100 }), nonce: text({ max: 40 }) }).optional(),
});
export type BhxhCodeLookupRequest = z.infer<typeof bhxhCodeLookupRequestSchema>;

export const bhxhCodeLookupResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('found'),
    bhxhCode: z.string(),
    /** Family name whole, other words masked: "Nguyễn V•• A•". */
    maskedName: z.string(),
    /** dd/mm/yyyy as typed, echoed for the person to check. */
    birthDate: z.string(),
  }),
  /** Nobody matches. */
  z.object({ status: z.literal('not_found') }),
  /** More than one person matches: never a list; ask for Số CCCD/CMND. */
  z.object({ status: z.literal('ambiguous') }),
]);
export type BhxhCodeLookupResult = z.infer<typeof bhxhCodeLookupResultSchema>;

// ---------------------------------------------------------------- back office: directories

/** Directories officers can replace by CSV import and edit one record at a time. */
export const DIRECTORY_KINDS = [
  'agencies',
  'health-facilities',
  'employers',
  'collection-points',
] as const;
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number];

/** CSV columns per directory, in order (docs/IMPORTS.md). Booleans: 1/0, có/không, true/false. */
export const DIRECTORY_IMPORT_COLUMNS: Record<DirectoryKind, readonly string[]> = {
  agencies: [
    'code',
    'name',
    'kind',
    'province_code',
    'commune_code',
    'address',
    'phone',
    'email',
    'working_hours',
    'latitude',
    'longitude',
  ],
  'health-facilities': [
    'code',
    'name',
    'level',
    'ownership',
    'province_code',
    'commune_code',
    'address',
    'phone',
    'bhyt_contracted',
    'accepts_initial_registration',
    'issues_sick_leave',
    'latitude',
    'longitude',
  ],
  employers: [
    'unit_code',
    'tax_code',
    'name',
    'province_code',
    'commune_code',
    'address',
    'agency_code',
    'status',
  ],
  'collection-points': [
    'code',
    'name',
    'kind',
    'operator',
    'province_code',
    'commune_code',
    'address',
    'phone',
    'opening_hours',
    'latitude',
    'longitude',
  ],
};
