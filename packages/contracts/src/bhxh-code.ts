import { validateBhxhCode } from '@vssid/domain';
import { z } from 'zod';
import { text } from './text.ts';

/** Mã số BHXH as a form field: trimmed, exactly 10 digits, with the domain's own error codes. */
export const bhxhCodeField = text({ max: 50, required: 'BHXH_CODE_REQUIRED' }).transform(
  (v, ctx) => {
    const r = validateBhxhCode(v);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.error });
      return z.NEVER;
    }
    return r.value;
  },
);
