import { validateBhxhCode } from '@vssid/domain';
import { z } from 'zod';

/** Mã số BHXH as a form field: trimmed, exactly 10 digits, with the domain's own error codes. */
export const bhxhCodeField = z.string({ error: 'BHXH_CODE_REQUIRED' }).transform((v, ctx) => {
  const r = validateBhxhCode(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.error });
    return z.NEVER;
  }
  return r.value;
});
