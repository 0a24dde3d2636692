import type { SessionInfo } from '@vssid/contracts';

const ROLES = ['citizen', 'officer', 'supervisor', 'administrator', 'org_unit', 'org_faculty'];
const KINDS = ['citizen', 'staff'];
const STAGES = ['partial', 'full'];
const FACTORS = ['totp', 'passkey'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNullableString = (v: unknown) => v === null || typeof v === 'string';
const oneOf = (v: unknown, values: string[]) => typeof v === 'string' && values.includes(v);

/**
 * The body of GET /api/auth/session (contracts' sessionInfoSchema, by the same rules:
 * session-info.test.ts compares the two on random bodies), or null when it is not one.
 * Hand-written so that the first load of a signed-in person needs no zod chunk before it can
 * ask for their data (issue 17: the card screen waited for it).
 */
export function readSessionInfo(data: unknown): SessionInfo | null {
  if (!isObject(data) || !isObject(data.account)) return null;
  const a = data.account;
  const accountOk =
    isString(a.id) &&
    oneOf(a.kind, KINDS) &&
    oneOf(a.role, ROLES) &&
    isString(a.displayName) &&
    isNullableString(a.bhxhCode) &&
    isNullableString(a.agencyId) &&
    isNullableString(a.maskedEmail);
  if (!accountOk) return null;
  if (typeof data.mustChangePassword !== 'boolean') return null;
  if (!oneOf(data.stage, STAGES) || !isString(data.csrfToken)) return null;
  const factors = data.secondFactors;
  if (factors !== undefined && !(Array.isArray(factors) && factors.every((f) => oneOf(f, FACTORS))))
    return null;
  // Like zod's object(): keys the schema does not know are left out.
  const account = {
    id: a.id,
    kind: a.kind,
    role: a.role,
    displayName: a.displayName,
    bhxhCode: a.bhxhCode,
    agencyId: a.agencyId,
    maskedEmail: a.maskedEmail,
  } as SessionInfo['account'];
  return {
    account,
    mustChangePassword: data.mustChangePassword,
    stage: data.stage as SessionInfo['stage'],
    csrfToken: data.csrfToken,
    // As zod: a key sent (even as undefined) is kept, one not sent stays out.
    ...('secondFactors' in data ? { secondFactors: factors as SessionInfo['secondFactors'] } : {}),
  };
}

/** A sign-in's answer (password, passkey): the SessionInfo, or an error when it is not one. */
export function sessionInfoOf(data: unknown): SessionInfo {
  const info = readSessionInfo(data);
  if (!info) throw new Error('The sign-in answer is not a SessionInfo');
  return info;
}
