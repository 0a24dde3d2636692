import { z } from 'zod';
import { bhxhCodeField } from './bhxh-code.ts';

/** "Đăng nhập" with Mã số BHXH + Mật khẩu. */
export const loginRequestSchema = z.object({
  bhxhCode: bhxhCodeField,
  password: z
    .string({ error: 'PASSWORD_REQUIRED' })
    .min(1, { error: 'PASSWORD_REQUIRED' })
    .max(1024, { error: 'FIELD_TOO_LONG' }),
});
export type LoginRequest = z.input<typeof loginRequestSchema>;
