import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type {
  RegistrationRepository,
  RegistrationRow,
} from '../../repositories/registration.repository.ts';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** 256 random bits, URL-safe: draft and status tokens. */
export const newToken = () => randomBytes(32).toString('base64url');

/**
 * Opens a registration by id and draft token. A wrong or missing token answers exactly like an
 * unknown id (404), so ids cannot be probed. `draftOnly` refuses submitted ones with 409.
 */
export function draftAccess(deps: { repo: RegistrationRepository; clock: Clock }) {
  async function open(id: string, token: string | undefined): Promise<RegistrationRow> {
    const row = token ? await deps.repo.get(id) : undefined;
    const given = Buffer.from(sha256(token ?? ''), 'hex');
    const stored = Buffer.from(row?.draftTokenHash ?? '0'.repeat(64), 'hex');
    if (!row || !timingSafeEqual(given, stored)) throw new AppError('DRAFT_NOT_FOUND', 404);
    if (row.status === 'draft' && row.expiresAt && row.expiresAt <= deps.clock.now())
      throw new AppError('DRAFT_NOT_FOUND', 404);
    return row;
  }
  return {
    open,
    async openDraft(id: string, token: string | undefined): Promise<RegistrationRow> {
      const row = await open(id, token);
      if (row.status !== 'draft') throw new AppError('REGISTRATION_ALREADY_SUBMITTED', 409);
      return row;
    },
  };
}
export type DraftAccess = ReturnType<typeof draftAccess>;
