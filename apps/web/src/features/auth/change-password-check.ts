import {
  changePasswordRequestSchema,
  type FieldError,
  issuesToFieldErrors,
  type Lang,
  translate,
} from '@vssid/contracts';

/** The server's cheap rules (apps/server/src/lib/password-policy.ts), checked before sending. */
export const PASSWORD_MIN_CHARS = 12;
const PASSWORD_MAX_BYTES = 256;

export interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Characters as the policy counts them: after NFC, so a decomposed "ộ" is one. */
export function passwordLength(password: string): number {
  return [...password.normalize('NFC')].length;
}

/**
 * Every field's problem at once — current password empty, new password too short or too long
 * or the same as the current one, confirmation not matching — each under its own field, so the
 * person fixes all of them in one go. The rules that need the server (common, guessable,
 * personal data, wrong current password) come back from it once these pass.
 */
export function changePasswordErrors(
  values: ChangePasswordValues,
  lang: Lang,
  mismatchMessage: string,
): FieldError[] {
  const { confirmPassword, ...body } = values;
  const parsed = changePasswordRequestSchema.safeParse(body);
  const fields = parsed.success ? [] : issuesToFieldErrors(parsed.error.issues, lang);
  const add = (
    field: keyof ChangePasswordValues,
    code: string,
    message = translate(code, lang),
  ) => {
    if (!fields.some((f) => f.field === field)) fields.push({ field, code, message });
  };
  const next = body.newPassword;
  if (next !== '') {
    if (new TextEncoder().encode(next.normalize('NFC')).length > PASSWORD_MAX_BYTES)
      add('newPassword', 'PASSWORD_TOO_LONG');
    else if (passwordLength(next) < PASSWORD_MIN_CHARS) add('newPassword', 'PASSWORD_TOO_SHORT');
    else if (next.normalize('NFC') === body.currentPassword.normalize('NFC'))
      add('newPassword', 'PASSWORD_SAME_AS_CURRENT');
  }
  if (confirmPassword !== next) add('confirmPassword', 'PASSWORD_MISMATCH', mismatchMessage);
  const order: readonly string[] = ['currentPassword', 'newPassword', 'confirmPassword'];
  return fields.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}
