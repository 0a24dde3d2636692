import type { PersonRow } from '../repositories/records.repository.ts';

/**
 * Which officers may see a citizen's records. Insurance records are managed by the provincial
 * agency where the person is registered, so an officer sees the insured persons whose
 * province_code equals their agency's province; a person without a province is seen by nobody
 * in the back office (they must be assigned first). Anything else is answered 404.
 */
export function officerMaySeeRecords(person: PersonRow, agencyProvince: string | null): boolean {
  return agencyProvince !== null && person.provinceCode === agencyProvince;
}

/** A citizen sees exactly the records of the BHXH code their account is bound to. */
export function citizenOwnCode(auth: { bhxhCode: string | null }): string | null {
  return auth.bhxhCode;
}
