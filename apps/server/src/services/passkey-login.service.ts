import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
} from '@simplewebauthn/server';
import { AppError } from '../lib/app-error.ts';
import type { Clock } from '../lib/clock.ts';
import { challengeOf, type RelyingParty, userHandleOf, WEBAUTHN_TTL_MS } from '../lib/webauthn.ts';
import type { AccountRepository, AccountWithPerson } from '../repositories/account.repository.ts';
import type { PasskeyRepository } from '../repositories/passkey.repository.ts';
import type { WebauthnChallengeRepository } from '../repositories/webauthn-challenge.repository.ts';

const FAILED = 'PASSKEY_FAILED';

/**
 * Signing in with a passkey: citizens with a discoverable credential and no username
 * ("Đăng nhập bằng vân tay / khuôn mặt"), staff as their second factor. Challenges are random,
 * single-use and valid 5 minutes; wrong origin, wrong RP ID, no user verification, an unknown
 * credential or a replayed challenge all end in the same 401 PASSKEY_FAILED.
 */
export function passkeyLoginService(deps: {
  passkeys: PasskeyRepository;
  challenges: WebauthnChallengeRepository;
  accounts: AccountRepository;
  rp: RelyingParty;
  clock: Clock;
}) {
  const { passkeys, challenges, rp, clock } = deps;

  /** Options for navigator.credentials.get; `accountId` binds the challenge (staff 2nd factor). */
  async function options(accountId: string | null) {
    const allow = accountId ? await passkeys.listForAccount(accountId) : [];
    const opts = await generateAuthenticationOptions({
      rpID: rp.rpId,
      userVerification: 'required',
      timeout: WEBAUTHN_TTL_MS,
      allowCredentials: allow.map((p) => ({ id: p.id, transports: p.transports ?? [] })),
    });
    await challenges.insert({
      challenge: opts.challenge,
      purpose: 'authentication',
      accountId,
      expiresAt: new Date(clock.now().getTime() + WEBAUTHN_TTL_MS),
    });
    return opts as unknown as Record<string, unknown>;
  }

  /** Verifies an assertion; returns the account whose passkey signed it. */
  async function verify(
    response: Record<string, unknown>,
    boundTo: string | null,
  ): Promise<AccountWithPerson> {
    const now = clock.now();
    // The challenge is spent first, so even a failing replay cannot try it twice.
    const challenge = challengeOf(response, FAILED);
    if (!(await challenges.consume(challenge, 'authentication', boundTo, now)))
      throw new AppError(FAILED, 401);
    const passkey = await passkeys.get(response.id as string);
    if (!passkey || (boundTo && passkey.accountId !== boundTo)) throw new AppError(FAILED, 401);
    const result = await verifyAuthenticationResponse({
      response: response as unknown as AuthenticationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: rp.origins,
      expectedRPID: rp.rpId,
      requireUserVerification: true,
      credential: {
        id: passkey.id,
        publicKey: new Uint8Array(Buffer.from(passkey.publicKey, 'base64url')),
        counter: passkey.counter,
        transports: passkey.transports ?? [],
      },
    }).catch(() => null);
    if (!result?.verified) throw new AppError(FAILED, 401);
    const handle = (response.response as { userHandle?: unknown }).userHandle;
    const expected = Buffer.from(userHandleOf(passkey.accountId)).toString('base64url');
    if (typeof handle === 'string' && handle !== expected) throw new AppError(FAILED, 401);
    await passkeys.recordUse(passkey.id, result.authenticationInfo.newCounter, now);
    const account = await deps.accounts.get(passkey.accountId);
    if (!account) throw new AppError(FAILED, 401);
    return account;
  }

  return {
    /** Anonymous: any passkey of this site may answer (discoverable credentials). */
    citizenOptions: () => options(null),
    /** A citizen's passkey sign-in; a staff member's passkey is refused here. */
    async citizenLogin(response: Record<string, unknown>): Promise<AccountWithPerson> {
      const account = await verify(response, null);
      if (account.kind !== 'citizen') throw new AppError(FAILED, 401);
      return account;
    },
    /** Staff second factor: only the signed-in staff member's own passkeys. */
    staffOptions: (accountId: string) => options(accountId),
    staffVerify: (accountId: string, response: Record<string, unknown>) =>
      verify(response, accountId),
  };
}
export type PasskeyLoginService = ReturnType<typeof passkeyLoginService>;
