import type { FormErrors } from '../../lib/form-errors.ts';

/** Request field → id of its control, in the order of the form (for the error summary). */
export const IDENTITY_IDS = {
  bhxhCode: 'reg-bhxh-code',
  fullName: 'reg-full-name',
  idNumber: 'reg-id-number',
  birthDate: 'reg-birth-date',
};
export const ADDRESS_IDS = {
  provinceCode: 'reg-province',
  communeCode: 'reg-commune',
  street: 'reg-street',
  phone: 'reg-phone',
};

/** The part of the errors one step shows: its own fields, and the general message. */
export function errorsFor(errors: FormErrors | null, ids: Record<string, string>) {
  if (!errors) return null;
  const fields = errors.fields.filter((f) => f.field in ids);
  return fields.length > 0 || errors.general ? { ...errors, fields } : null;
}

export const hasFieldIn = (errors: FormErrors, ids: Record<string, string>) =>
  errors.fields.some((f) => f.field in ids);
