import { z } from 'zod';

/**
 * The one error shape every API route returns. `code` is stable (clients switch on it),
 * `message` is already translated to the request's language (vi by default), and `fields`
 * points at the inputs a form should mark, by their name in the request body.
 */
export const fieldErrorSchema = z.object({
  field: z.string().describe('Tên trường trong nội dung yêu cầu, ví dụ "content"'),
  code: z.string(),
  message: z.string(),
});

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.array(fieldErrorSchema).optional(),
      /** 423 ACCOUNT_LOCKED (and the failure that set the lock): the next password attempt, ISO 8601. */
      lockedUntil: z.string().optional(),
      /** 422 IMPORT_FILE_MALFORMED: the 1-based line of the file where the faulty record starts. */
      line: z.number().int().optional(),
      requestId: z.string().optional(),
    }),
  })
  // One named component in the OpenAPI document (`#/components/schemas/ApiError`), referenced
  // by every error answer instead of repeated in each.
  .meta({ id: 'ApiError', description: 'Lỗi: mã ổn định, thông điệp theo Accept-Language' });

export type FieldError = z.infer<typeof fieldErrorSchema>;
export type ApiError = z.infer<typeof apiErrorSchema>;
