import { AppError } from '../lib/app-error.ts';
import type { StaffRole } from './staff.policy.ts';

/*
 * Data scope: the ONE rule deciding which citizens' data, directory rows and registration
 * applications a staff member may read AND write. Reads (the officer's citizen view, the
 * directory editor, the registration queue) and writes (the four record imports, directory
 * imports and edits, registration decisions) all ask these functions, so a write can never reach
 * further than a read.
 *
 * - Citizen data (participation, benefits, medical visits, BHYT cards) is managed by the
 *   provincial agency where the person is registered: every staff role sees and writes only the
 *   people whose province_code is their agency's province. A person without a province is
 *   nobody's in the back office (they must be assigned first); so is an agency without one.
 * - Directory rows: supervisors their agency's province, administrators the whole country,
 *   officers nothing (403).
 * - Registration applications: the agency the applicant addressed (they choose the office where
 *   they can be verified, which need not be where their insurance is managed); any other
 *   agency's application is unknown (404).
 *
 * Out of scope is answered like unknown on single-record routes (404, no enumeration); in an
 * import the row is refused with IMPORT_OUT_OF_SCOPE and its line number.
 */

/** Who is asking: role, agency and the agency's province (looked up once per request/job). */
export type StaffScope = { role: string; agencyId: string; agencyProvince: string | null };

/** May this staff member read or write the data of a person registered in `personProvince`? */
export function mayAccessCitizen(
  scope: Pick<StaffScope, 'agencyProvince'>,
  personProvince: string | null,
): boolean {
  return scope.agencyProvince !== null && personProvince === scope.agencyProvince;
}

/**
 * mayAccessCitizen as an SQL condition, for checking a whole import at once: true exactly when
 * the agency's province is not null and equals the person's (`personProvince`, `agencyProvince`
 * are SQL expressions — a column and a bound parameter). Never null: a person or agency without
 * a province is out of scope.
 */
export const citizenInScopeSql = (personProvince: string, agencyProvince: string): string =>
  `coalesce(${personProvince} = ${agencyProvince}, false)`;

/** Who manages the public directories (CSV import and single-record edit). */
export const DIRECTORY_MANAGERS: StaffRole[] = ['supervisor', 'administrator'];

/**
 * The province a caller may read and write directory rows for: an administrator nationwide
 * (null), a supervisor their agency's province only. Officers and anyone else: 403.
 */
export function directoryScope(scope: Pick<StaffScope, 'role' | 'agencyProvince'>): string | null {
  if (scope.role === 'administrator') return null;
  if (scope.role === 'supervisor') {
    // A supervisor whose agency has no province manages nothing (never nationwide by accident).
    if (!scope.agencyProvince) throw new AppError('FORBIDDEN', 403);
    return scope.agencyProvince;
  }
  throw new AppError('FORBIDDEN', 403);
}

/** May a caller with directory `province` scope (null = nationwide) touch a row of `provinceCode`? */
export const inDirectoryScope = (province: string | null, provinceCode: string): boolean =>
  province === null || province === provinceCode;

/** May this staff member see and decide this registration application? */
export function mayHandleApplication(
  scope: Pick<StaffScope, 'agencyId'>,
  application: { agencyId: string | null },
): boolean {
  return application.agencyId !== null && application.agencyId === scope.agencyId;
}
