import type { TFunction } from 'i18next';

const ROLES = [
  'citizen',
  'officer',
  'supervisor',
  'administrator',
  'org_unit',
  'org_faculty',
] as const;

/** "Giám sát viên" for 'supervisor'; an unknown role is shown as it came. */
export function roleLabel(t: TFunction<'backoffice'>, role: string): string {
  return (ROLES as readonly string[]).includes(role)
    ? t(`roles.${role as (typeof ROLES)[number]}`)
    : role;
}
