/**
 * Back office: the public directories, one record at a time (issue 6; CSV imports are
 * /api/admin/imports/:kind with kind in DIRECTORY_KINDS, records.ts). Supervisors and
 * administrators only (an officer gets 403); a supervisor sees and writes the rows of their
 * agency's province only (anything else is 404 like an unknown id), an administrator all.
 * Writes need the CSRF header and are written to the audit log.
 *
 * | Method | Path                                   | Query / body                      | 2xx                           | Errors
 * |--------|----------------------------------------|-----------------------------------|-------------------------------|-------
 * | GET    | /api/admin/directories/:kind           | directoryAdminQuerySchema         | 200 directoryAdminPageSchema  | 400; 401; 403
 * | GET    | /api/admin/directories/:kind/:id       | –                                 | 200 directoryEntrySchema      | 401; 403; 404 DIRECTORY_ENTRY_NOT_FOUND
 * | PUT    | /api/admin/directories/:kind/:id       | directoryEntryInputSchema         | 200 directoryEntrySchema      | 400 VALIDATION_FAILED (fields = CSV column names); 401; 403; 404; 409 DIRECTORY_CODE_TAKEN
 * | POST   | /api/admin/directories/:kind           | directoryEntryInputSchema         | 201 directoryEntrySchema      | 400 VALIDATION_FAILED (fields); 401; 403; 409 DIRECTORY_CODE_TAKEN
 *
 * The form speaks the CSV's language: `values` is keyed by the directory's import columns
 * (DIRECTORY_IMPORT_COLUMNS) with the text a CSV cell would hold (booleans '1'/'0'), and the
 * server validates it with exactly the import's rules (docs/IMPORTS.md).
 */
import { z } from 'zod';
import { DIRECTORY_KINDS } from './lookups.ts';
import { text } from './text.ts';

export const directoryKindParamSchema = z.object({ kind: z.enum(DIRECTORY_KINDS) });

export const directoryAdminQuerySchema = z.object({
  q: text({ max: 1000, tooLong: 'LOOKUP_QUERY_TOO_LONG' })
    .transform((v) => v.replace(/\p{Cc}/gu, ' ').trim())
    .pipe(z.string().max(100, { error: 'LOOKUP_QUERY_TOO_LONG' }))
    .optional(),
  provinceCode: text({ max: 10, tooLong: 'FIELD_INVALID' })
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(
      z
        .string()
        .regex(/^\d{2}$/, { error: 'FIELD_INVALID' })
        .optional(),
    )
    .optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
});
export type DirectoryAdminQuery = z.infer<typeof directoryAdminQuerySchema>;

export const directoryAdminItemSchema = z.object({
  id: z.string(),
  /** The natural key: code, or unit_code for employers. */
  code: z.string(),
  name: z.string(),
  address: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  communeName: z.string().nullable(),
  phone: z.string().nullable(),
  /** Generated demonstration data ("Dữ liệu minh hoạ") until imported or edited. */
  demo: z.boolean(),
  updatedAt: z.string(),
});
export type DirectoryAdminItem = z.infer<typeof directoryAdminItemSchema>;

export const DIRECTORY_ADMIN_PAGE_SIZE = 20;
export const directoryAdminPageSchema = z.object({
  items: z.array(directoryAdminItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type DirectoryAdminPage = z.infer<typeof directoryAdminPageSchema>;

export const directoryEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(DIRECTORY_KINDS),
  /** Keyed by the import columns, as CSV text. */
  values: z.record(z.string(), z.string()),
  demo: z.boolean(),
  updatedAt: z.string(),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export const directoryEntryInputSchema = z.object({
  values: z.record(text({ max: 100 }), text({ max: 500 })),
});
export type DirectoryEntryInput = z.infer<typeof directoryEntryInputSchema>;

/** Accepted spellings of a boolean cell or field (case- and diacritics-insensitive). */
export const DIRECTORY_TRUE = ['1', 'co', 'true', 'x', 'yes'] as const;
export const DIRECTORY_FALSE = ['0', 'khong', 'false', '', 'no'] as const;
