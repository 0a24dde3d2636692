import {
  type FieldError,
  issuesToFieldErrors,
  type Lang,
  type LoginRequest,
  loginRequestSchema,
} from '@vssid/contracts';

/**
 * The sign-in screen's zod side, in its own chunk (issue 17: zod was 40 % of the login screen's
 * first download). load-login-checks.ts fetches it when the person first touches the form, so
 * it is there before they press "Đăng nhập"; the server checks everything again anyway.
 */
export type LoginCheck = { ok: true; data: LoginRequest } | { ok: false; fields: FieldError[] };

/** "Mã số BHXH" and "Mật khẩu" as typed, by the same rules (and messages) as the server's. */
export function checkLogin(values: LoginRequest, lang: Lang): LoginCheck {
  const parsed = loginRequestSchema.safeParse(values);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, fields: issuesToFieldErrors(parsed.error.issues, lang) };
}
