import { validateEmail } from '@vssid/domain';
import { z } from 'zod';
import { bhxhCodeField } from './bhxh-code.ts';
import { safeJson, text } from './text.ts';

/**
 * Sign-in and account security contracts (citizens under /api/auth, staff under /api/admin/auth).
 * Every error is the shared error shape; codes are listed in messages.ts (AUTH_* and friends).
 */

const password = text({ max: 1024, required: 'PASSWORD_REQUIRED' }).min(1, {
  error: 'PASSWORD_REQUIRED',
});

const otpCode = text({ max: 20, required: 'OTP_REQUIRED' })
  .trim()
  .regex(/^\d{6}$/, { error: 'OTP_FORMAT' });

const emailField = text({ max: 320, required: 'EMAIL_REQUIRED' }).transform((v, ctx) => {
  const r = validateEmail(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.error });
    return z.NEVER;
  }
  return r.value;
});

/** "Đăng nhập" with Mã số BHXH + Mật khẩu. */
export const loginRequestSchema = z.object({ bhxhCode: bhxhCodeField, password });
export type LoginRequest = z.input<typeof loginRequestSchema>;

/** What the app knows about the signed-in person (GET /api/auth/session, and after sign-in). */
export const sessionInfoSchema = z.object({
  account: z.object({
    id: z.string(),
    kind: z.enum(['citizen', 'staff']),
    role: z.enum(['citizen', 'officer', 'supervisor', 'administrator', 'org_unit', 'org_faculty']),
    displayName: z.string(),
    bhxhCode: z.string().nullable(),
    agencyId: z.string().nullable(),
    maskedEmail: z.string().nullable().describe('ví dụ h•••••4798@gmail.com'),
  }),
  mustChangePassword: z.boolean(),
  /** Staff: 'partial' until the second factor is given. */
  stage: z.enum(['partial', 'full']),
  /** Send back in the x-csrf-token header on every POST/PUT/PATCH/DELETE. */
  csrfToken: z.string(),
  /** Staff with stage 'partial': which second factors they can use. */
  secondFactors: z.array(z.enum(['totp', 'passkey'])).optional(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

/** 423 ACCOUNT_LOCKED carries when the next password attempt is allowed (ISO 8601), as `error.lockedUntil`. */
export const lockedDetailSchema = z.object({ lockedUntil: z.string() });

/** "Đổi mật khẩu" (also the forced change at first sign-in). */
export const changePasswordRequestSchema = z.object({
  currentPassword: password,
  // Anything over 1,024 units is over the policy's 256 bytes too: the same message.
  newPassword: text({ max: 1024, required: 'PASSWORD_REQUIRED', tooLong: 'PASSWORD_TOO_LONG' }).min(
    1,
    { error: 'PASSWORD_REQUIRED' },
  ),
});
export type ChangePasswordRequest = z.input<typeof changePasswordRequestSchema>;

/** "Quên mật khẩu?" step 1: the code and the registered email, always answered the same way. */
export const passwordResetStartSchema = z.object({ bhxhCode: bhxhCodeField, email: emailField });
export type PasswordResetStart = z.input<typeof passwordResetStartSchema>;
export const passwordResetStartedSchema = z.object({
  requestId: z.string().describe('Mã phiên khôi phục, dùng ở bước xác nhận OTP'),
  expiresAt: z.string(),
  resendAfter: z.string(),
});

/** Step 2: "Xác nhận" with the 6-digit code from the mail; the new password is then emailed. */
export const passwordResetConfirmSchema = z.object({
  requestId: text({ max: 100 }).min(1),
  otp: otpCode,
});
export const passwordResetResendSchema = z.object({ requestId: text({ max: 100 }).min(1) });

/** A signed-in device in "Thiết bị đang đăng nhập". */
export const sessionListItemSchema = z.object({
  id: z.string(),
  /** "Chrome – Android"; null when the browser did not say (the app words it). */
  device: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  current: z.boolean(),
});

/** A registered passkey ("vân tay / khuôn mặt"). */
export const passkeySchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export const passkeyRegistrationSchema = z.object({
  name: text({ max: 60 }).trim().optional(),
  // The browser's RegistrationResponseJSON from @simplewebauthn/browser, checked by the server.
  response: z.record(text({ max: 200 }), safeJson),
});
/** `:id` of a passkey (its credential id, base64url) and of a signed-in device. */
export const passkeyIdParamSchema = z.object({ id: text({ max: 1024 }).min(1) });
export const sessionIdParamSchema = z.object({ id: text({ max: 32 }).regex(/^[0-9a-f]{32}$/) });
export const passkeyLoginSchema = z.object({ response: z.record(text({ max: 200 }), safeJson) });

/** Staff sign-in at /admin: username + password, then a TOTP code or a passkey. */
export const staffLoginRequestSchema = z.object({
  username: text({ max: 100, required: 'USERNAME_REQUIRED' })
    .trim()
    .min(1, { error: 'USERNAME_REQUIRED' }),
  password,
});
export const totpRequestSchema = z.object({
  code: text({ max: 20, required: 'OTP_REQUIRED' })
    .trim()
    .regex(/^\d{6}$/, { error: 'TOTP_FORMAT' }),
});

/** Answers of the routes above that return more than a status. */
export const sessionListSchema = z.array(sessionListItemSchema);
export const passkeyListSchema = z.array(passkeySchema);

/**
 * WebAuthn options for the browser (PublicKeyCredentialCreationOptionsJSON or
 * PublicKeyCredentialRequestOptionsJSON), passed as-is to @simplewebauthn/browser.
 */
export const passkeyOptionsSchema = z.record(z.string(), z.unknown());

/** "Xác nhận" succeeded: a new password went to this (masked) address. */
export const passwordResetConfirmedSchema = z.object({
  maskedEmail: z.string().describe('ví dụ h•••••4798@gmail.com'),
});

/** Re-enter the password before a sensitive action (passkeys, email, export): 5 minutes' grace. */
export const reauthRequestSchema = z.object({ password });

/** GET /api/admin/officers (administrator): the agency's staff accounts. */
export const staffAccountSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(['officer', 'supervisor', 'administrator']),
  maskedEmail: z.string().nullable(),
  secondFactors: z.array(z.enum(['totp', 'passkey'])),
  createdAt: z.string(),
});
export const staffAccountListSchema = z.array(staffAccountSchema);
