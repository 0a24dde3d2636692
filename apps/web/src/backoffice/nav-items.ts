import type { SessionInfo } from '@vssid/contracts';
import type { IconName } from '../lib/components/icon-paths.ts';
import { PATHS } from '../lib/paths.ts';

type Role = SessionInfo['account']['role'];

/** The back office's sections; a section's roles see it in the navigation and may open it. */
export const BO_NAV = [
  {
    path: `${PATHS.admin}/ho-so`,
    label: 'shell.applications',
    icon: 'clipboardCheck',
    roles: ['officer', 'supervisor', 'administrator'],
  },
  {
    path: `${PATHS.admin}/nhap-du-lieu`,
    label: 'shell.imports',
    icon: 'document',
    roles: ['officer', 'supervisor', 'administrator'],
  },
  {
    path: `${PATHS.admin}/danh-muc`,
    label: 'shell.directories',
    icon: 'bookOpen',
    roles: ['supervisor', 'administrator'],
  },
  {
    path: `${PATHS.admin}/nhat-ky-truy-cap`,
    label: 'shell.auditLog',
    icon: 'history',
    roles: ['supervisor', 'administrator'],
  },
  {
    path: `${PATHS.admin}/can-bo`,
    label: 'shell.officers',
    icon: 'userPlus',
    roles: ['administrator'],
  },
] as const satisfies readonly {
  path: string;
  label: `shell.${string}`;
  icon: IconName;
  roles: readonly Role[];
}[];

export const BO_HOME = BO_NAV[0].path;

export function allowed(role: Role, roles: readonly Role[]): boolean {
  return roles.includes(role);
}
