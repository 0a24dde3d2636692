import { AppError } from '../lib/app-error.ts';
import type { StaffRole } from './staff.policy.ts';

/** Who manages the public directories (CSV import and single-record edit). */
export const DIRECTORY_MANAGERS: StaffRole[] = ['supervisor', 'administrator'];

/**
 * The province a caller may write directory rows for: an administrator nationwide (null), a
 * supervisor their agency's province only (rows elsewhere: IMPORT_OUT_OF_SCOPE in an import,
 * 404 like an unknown id in the editor). Officers and anyone else: 403.
 */
export function directoryScope(role: string, agencyProvince: string | null): string | null {
  if (role === 'administrator') return null;
  if (role === 'supervisor') {
    // A supervisor whose agency has no province manages nothing (never nationwide by accident).
    if (!agencyProvince) throw new AppError('FORBIDDEN', 403);
    return agencyProvince;
  }
  throw new AppError('FORBIDDEN', 403);
}

/** May a caller with `scope` see or edit a stored row of `provinceCode`? */
export const inDirectoryScope = (scope: string | null, provinceCode: string): boolean =>
  scope === null || scope === provinceCode;
