import type { PersonRow } from '../repositories/records.repository.ts';
import { mayAccessCitizen } from './data-scope.policy.ts';

/**
 * Which officers may see a citizen's records: the data-scope rule (data-scope.policy.ts), the
 * same one the record imports ask before writing. Anything else is answered 404.
 */
export function officerMaySeeRecords(person: PersonRow, agencyProvince: string | null): boolean {
  return mayAccessCitizen({ agencyProvince }, person.provinceCode);
}

/** A citizen sees exactly the records of the BHXH code their account is bound to. */
export function citizenOwnCode(auth: { bhxhCode: string | null }): string | null {
  return auth.bhxhCode;
}
