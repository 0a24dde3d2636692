import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

/** What a test may change to make a ceremony wrong in exactly one way. */
export type Tamper = {
  /** User verification flag (fingerprint/face/PIN done). Default true. */
  uv?: boolean;
  origin?: string;
  /** The RP ID whose hash goes into authenticatorData. */
  rpId?: string;
  /** Sign a different challenge than the one in the options. */
  challenge?: string;
  /** Which stored credential answers (default: the first allowed, or the first made). */
  credentialId?: string;
};

type Credential = { id: Buffer; key: KeyObject; userHandle: string; counter: number };
type Options = {
  challenge: string;
  user?: { id: string };
  allowCredentials?: { id: string }[];
};

const b64url = (b: Buffer | Uint8Array | string) => Buffer.from(b).toString('base64url');
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest();

/**
 * A software WebAuthn authenticator (ES256, attestation "none") for tests and the benchmark:
 * it answers @simplewebauthn's options the way a phone's platform authenticator would, and can be
 * told to answer wrongly (no user verification, another origin or RP ID, another challenge).
 */
export class SoftAuthenticator {
  readonly credentials: Credential[] = [];

  constructor(
    readonly origin: string,
    readonly rpId: string,
  ) {}

  /** navigator.credentials.create → RegistrationResponseJSON. */
  register(options: Options, t: Tamper = {}) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    const cose = new Map<number, number | Uint8Array>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, new Uint8Array(Buffer.from(jwk.x!, 'base64url'))],
      [-3, new Uint8Array(Buffer.from(jwk.y!, 'base64url'))],
    ]);
    const id = randomBytes(16);
    const idLen = Buffer.alloc(2);
    idLen.writeUInt16BE(id.length);
    const attested = Buffer.concat([
      Buffer.alloc(16),
      idLen,
      id,
      Buffer.from(isoCBOR.encode(cose)),
    ]);
    const authData = this.authData(t, 0x40, 0, attested);
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', new Uint8Array(authData)],
      ]) as never,
    );
    this.credentials.push({ id, key: privateKey, userHandle: options.user?.id ?? '', counter: 0 });
    return {
      id: b64url(id),
      rawId: b64url(id),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: {
        clientDataJSON: this.clientData('webauthn.create', options.challenge, t),
        attestationObject: b64url(attestationObject),
        transports: ['internal'],
      },
    };
  }

  /** navigator.credentials.get → AuthenticationResponseJSON (counter goes up each time). */
  assert(options: Options, t: Tamper = {}) {
    const allowed = options.allowCredentials?.map((c) => c.id) ?? [];
    const cred =
      this.credentials.find((c) => b64url(c.id) === (t.credentialId ?? allowed[0])) ??
      (allowed.length === 0 && !t.credentialId ? this.credentials[0] : undefined);
    if (!cred) throw new Error('no matching credential');
    cred.counter++;
    const authData = this.authData(t, 0, cred.counter);
    const clientDataJSON = this.clientData('webauthn.get', options.challenge, t);
    const signed = Buffer.concat([authData, sha256(Buffer.from(clientDataJSON, 'base64url'))]);
    return {
      id: b64url(cred.id),
      rawId: b64url(cred.id),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: {
        clientDataJSON,
        authenticatorData: b64url(authData),
        signature: b64url(sign('sha256', signed, cred.key)),
        userHandle: cred.userHandle,
      },
    };
  }

  private clientData(type: string, challenge: string, t: Tamper): string {
    const origin = t.origin ?? this.origin;
    return b64url(
      JSON.stringify({ type, challenge: t.challenge ?? challenge, origin, crossOrigin: false }),
    );
  }

  /** rpIdHash | flags (UP, UV unless tampered, plus `extra`) | signCount [| attested data]. */
  private authData(t: Tamper, extra: number, counter: number, attested?: Buffer): Buffer {
    const flags = 0x01 | (t.uv === false ? 0 : 0x04) | extra;
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    const parts = [sha256(t.rpId ?? this.rpId), Buffer.from([flags]), count];
    return Buffer.concat(attested ? [...parts, attested] : parts);
  }
}
