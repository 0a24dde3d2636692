import {
  type Lang,
  REGISTRATION_STATUS_LABELS,
  REJECT_REASON_LABELS,
  type RegistrationStatusInfo,
  type RejectReason,
} from '@vssid/contracts';
import { AppError } from '../../lib/app-error.ts';
import { MINUTE } from '../../lib/clock.ts';
import type { RegistrationRepository } from '../../repositories/registration.repository.ts';
import type { RegistrationLookupRepository } from '../../repositories/registration-lookup.repository.ts';
import type { RateLimitService } from '../rate-limit.service.ts';
import { sha256 } from './draft-access.ts';
import { limited } from './registration-draft.service.ts';

/**
 * "Tra cứu trạng thái đăng ký": the BHXH code plus the token from the mailed link. A wrong
 * pair is one 404 whatever was wrong, and look-ups share the per-IP limit of the checks.
 */
export function registrationStatusService(deps: {
  repo: RegistrationRepository;
  lookup: RegistrationLookupRepository;
  rateLimits: RateLimitService;
  checksPerMinute: number;
}) {
  return {
    async status(
      q: { bhxhCode: string; token: string },
      ip: string,
      lang: Lang,
    ): Promise<RegistrationStatusInfo> {
      await deps.rateLimits
        .enforce(`registration-status:ip:${ip}`, deps.checksPerMinute, MINUTE)
        .catch(limited);
      const row = await deps.repo.byStatusToken(sha256(q.token), q.bhxhCode);
      if (!row || row.status === 'draft' || !row.applicationNumber || !row.submittedAt)
        throw new AppError('STATUS_NOT_FOUND', 404);
      const agency = await deps.lookup.agency(row.agencyId!);
      const reason = row.rejectReason as RejectReason | null;
      return {
        applicationNumber: row.applicationNumber,
        status: row.status,
        statusLabel: REGISTRATION_STATUS_LABELS[row.status][lang],
        submittedAt: row.submittedAt.toISOString(),
        decidedAt: row.decidedAt?.toISOString() ?? null,
        rejectReason:
          row.status === 'rejected' && reason
            ? {
                code: reason,
                label: REJECT_REASON_LABELS[reason][lang],
                note: row.rejectNote || null,
              }
            : null,
        agency: {
          name: agency?.name ?? '',
          phone: agency?.phone ?? '',
          address: agency?.address ?? '',
        },
      };
    },
  };
}
