import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { generateRegistrationOptions, verifyRegistrationResponse } from '@simplewebauthn/server';
import { AppError } from '../lib/app-error.ts';
import type { AuthContext } from '../lib/auth-context.ts';
import type { Clock } from '../lib/clock.ts';
import { deviceLabel } from '../lib/device-label.ts';
import { requireRecentAuth } from '../lib/guards.ts';
import { challengeOf, type RelyingParty, userHandleOf, WEBAUTHN_TTL_MS } from '../lib/webauthn.ts';
import type { PasskeyRepository, PasskeyRow } from '../repositories/passkey.repository.ts';
import type { WebauthnChallengeRepository } from '../repositories/webauthn-challenge.repository.ts';

/** ES256 and RS256: what platform authenticators (Android, iOS, Windows Hello) create. */
export const PASSKEY_ALGORITHMS = [-7, -257];

export function presentPasskey(p: PasskeyRow) {
  return {
    id: p.id,
    name: p.name,
    createdAt: p.createdAt.toISOString(),
    lastUsedAt: p.lastUsedAt?.toISOString() ?? null,
  };
}

/**
 * "Cài đặt đăng nhập bằng vân tay": registering, listing and removing passkeys. Adding or removing
 * one needs a sign-in within the last 5 minutes; user verification (fingerprint, face, PIN) is
 * required, not preferred.
 */
export function passkeyService(deps: {
  passkeys: PasskeyRepository;
  challenges: WebauthnChallengeRepository;
  rp: RelyingParty;
  clock: Clock;
}) {
  const { passkeys, challenges, rp, clock } = deps;
  return {
    async registrationOptions(auth: AuthContext) {
      requireRecentAuth(auth, clock.now());
      const existing = await passkeys.listForAccount(auth.accountId);
      const options = await generateRegistrationOptions({
        rpName: rp.name,
        rpID: rp.rpId,
        userName: auth.bhxhCode ?? auth.displayName,
        userID: userHandleOf(auth.accountId),
        userDisplayName: auth.displayName,
        attestationType: 'none',
        timeout: WEBAUTHN_TTL_MS,
        excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports ?? [] })),
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
        supportedAlgorithmIDs: PASSKEY_ALGORITHMS,
      });
      await challenges.insert({
        challenge: options.challenge,
        purpose: 'registration',
        accountId: auth.accountId,
        expiresAt: new Date(clock.now().getTime() + WEBAUTHN_TTL_MS),
      });
      return options as unknown as Record<string, unknown>;
    },

    async register(
      auth: AuthContext,
      input: { name?: string | undefined; response: Record<string, unknown> },
      userAgent: string | undefined,
    ) {
      const now = clock.now();
      requireRecentAuth(auth, now);
      const challenge = challengeOf(input.response, 'PASSKEY_REGISTRATION_FAILED');
      if (!(await challenges.consume(challenge, 'registration', auth.accountId, now)))
        throw new AppError('PASSKEY_REGISTRATION_FAILED', 400);
      const result = await verifyRegistrationResponse({
        response: input.response as unknown as RegistrationResponseJSON,
        expectedChallenge: challenge,
        expectedOrigin: rp.origins,
        expectedRPID: rp.rpId,
        requireUserVerification: true,
        supportedAlgorithmIDs: PASSKEY_ALGORITHMS,
      }).catch(() => ({ verified: false as const }));
      if (!result.verified) throw new AppError('PASSKEY_REGISTRATION_FAILED', 400);
      const { credential, credentialDeviceType, credentialBackedUp } = result.registrationInfo;
      if (await passkeys.get(credential.id)) throw new AppError('PASSKEY_REGISTRATION_FAILED', 400);
      const row = await passkeys.insert({
        id: credential.id,
        accountId: auth.accountId,
        publicKey: Buffer.from(credential.publicKey).toString('base64url'),
        counter: credential.counter,
        transports: credential.transports ?? null,
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
        name: input.name?.trim() || deviceLabel(userAgent) || 'Thiết bị không xác định',
        createdAt: now,
      });
      return presentPasskey(row);
    },

    async list(auth: AuthContext) {
      return (await passkeys.listForAccount(auth.accountId)).map(presentPasskey);
    },

    async remove(auth: AuthContext, id: string): Promise<void> {
      requireRecentAuth(auth, clock.now());
      if (!(await passkeys.remove(auth.accountId, id))) throw AppError.notFound();
    },
  };
}
export type PasskeyService = ReturnType<typeof passkeyService>;
