import { z } from 'zod';
import { text } from './text.ts';

/**
 * Administrative units (current 2025 list, with old addresses matched through the merger mapping)
 * and BHXH agencies: used by registration now and by the public lookups later.
 */

// ---------------------------------------------------------------- administrative units

export const provinceSchema = z.object({
  code: z.string(),
  name: z.string().describe('ví dụ "Thành phố Hải Phòng"'),
  shortName: z.string(),
  type: z.string(),
});
export const provinceListSchema = z.object({ items: z.array(provinceSchema) });

export const communeSchema = z.object({
  code: z.string(),
  name: z.string().describe('ví dụ "Phường Hồng Bàng"'),
  type: z.string(),
  provinceCode: z.string(),
});
export const communeListSchema = z.object({ items: z.array(communeSchema) });
export const communeQuerySchema = z.object({
  provinceCode: text({ max: 10 }).trim().optional(),
  /** Diacritics-insensitive, matched anywhere in the name ("hong bang"). */
  q: text({ max: 100 }).trim().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const addressMatchRequestSchema = z.object({
  address: text({ max: 500, required: 'FIELD_REQUIRED' })
    .trim()
    .min(1, { error: 'FIELD_REQUIRED' }),
});
export const addressCandidateSchema = z.object({
  province: z.object({ code: z.string(), name: z.string() }),
  commune: z.object({ code: z.string(), name: z.string() }),
  /** 'current' = the text names a 2025 unit; 'old' = found through the old→new mapping. */
  via: z.enum(['current', 'old']),
  /** For 'old': 'full' (whole old commune went here) or 'partial' (one of several). */
  succession: z.enum(['full', 'partial']).nullable(),
});
export const addressMatchSchema = z.object({
  /** The province when known (even if no commune could be matched). */
  province: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** Best first; several for an old commune split between new ones (the person chooses). */
  candidates: z.array(addressCandidateSchema),
  /** The leading part of the text before the commune ("Số 1 Phố Huế"), for "Số nhà, tên đường…". */
  street: z.string().nullable(),
});
export type AddressMatch = z.infer<typeof addressMatchSchema>;

// ---------------------------------------------------------------- agencies

export const agencySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string().describe('ví dụ "BHXH Tp. Hà Nội"'),
  phone: z.string(),
  address: z.string(),
  provinceCode: z.string(),
});
export type Agency = z.infer<typeof agencySchema>;
export const agencyListSchema = z.object({ items: z.array(agencySchema) });
export const agencyQuerySchema = z.object({
  q: text({ max: 100 }).trim().optional(),
  /** The applicant's province: its agency comes first. */
  provinceCode: text({ max: 10 }).trim().optional(),
});
