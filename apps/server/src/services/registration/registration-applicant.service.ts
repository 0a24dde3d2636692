import { applicantRequestSchema, type DraftAnswers } from '@vssid/contracts';
import { namesMatch, searchKey, validateIdNumber } from '@vssid/domain';
import type { PopulationRegistry } from '../../integrations/population-registry/population-registry.ts';
import { AppError } from '../../lib/app-error.ts';
import { type Clock, MINUTE } from '../../lib/clock.ts';
import type { RegistrationLookupRepository } from '../../repositories/registration-lookup.repository.ts';
import type { RateLimitService } from '../rate-limit.service.ts';
import type { DraftAccess } from './draft-access.ts';
import type { RegistrationDraftService } from './registration-draft.service.ts';
import { limited } from './registration-draft.service.ts';
import { parseOrRefuse, type RegistrationRules } from './registration-rules.ts';

const DAY = 24 * 60 * MINUTE;
const refuse = (code: string, field: string, status = 422) =>
  new AppError(code, status, [{ field, code }]);

/**
 * Step 1–2 "Điền đầy đủ, chính xác các thông tin": the answers are saved first (a refused
 * field loses nothing), then checked: format, address units, the insurance record (code exists,
 * name matches — without ever showing the record), the one-account/one-application rule, and
 * for a CCCD the population registry. Record look-ups are limited per IP against harvesting.
 */
export function registrationApplicantService(deps: {
  access: DraftAccess;
  drafts: RegistrationDraftService;
  lookup: RegistrationLookupRepository;
  rules: RegistrationRules;
  registry: PopulationRegistry;
  rateLimits: RateLimitService;
  clock: Clock;
  limits: { checksPerMinute: number; checksPerDay: number };
}) {
  return {
    async check(id: string, token: string | undefined, answers: DraftAnswers, ip: string) {
      let row = await deps.access.openDraft(id, token);
      row = await deps.drafts.save(row, {
        answers: { ...row.answers, ...clean(answers) },
        applicantVerified: false,
      });

      const a = parseOrRefuse(applicantRequestSchema, answers);

      await deps.rateLimits
        .enforce(`registration-check:ip:${ip}`, deps.limits.checksPerMinute, MINUTE)
        .catch(limited);
      await deps.rateLimits
        .enforce(`registration-check-day:ip:${ip}`, deps.limits.checksPerDay, DAY)
        .catch(limited);

      if (!(await deps.lookup.province(a.provinceCode)))
        throw refuse('PROVINCE_NOT_FOUND', 'provinceCode');
      const commune = await deps.lookup.commune(a.communeCode);
      if (commune?.provinceCode !== a.provinceCode)
        throw refuse('COMMUNE_NOT_IN_PROVINCE', 'communeCode');

      const person = await deps.lookup.insuredPerson(a.bhxhCode);
      if (!person) throw refuse('BHXH_CODE_NOT_FOUND', 'bhxhCode');
      if (!namesMatch(person.fullName, a.fullName)) throw refuse('NAME_MISMATCH', 'fullName');
      await deps.rules.ensureCodeFree(a.bhxhCode, row.id);

      const idKind = validateIdNumber(a.idNumber);
      const kind = idKind.ok ? idKind.value.kind : 'passport';
      // Only CCCD numbers are in the population registry; an answer never blocks registration.
      const registryResult =
        kind === 'cccd'
          ? await deps.registry.verifyCitizen({
              cccd: a.idNumber,
              fullName: a.fullName,
              birthDate: a.birthDate,
            })
          : 'not_checked';

      row = await deps.drafts.save(row, {
        answers: { ...row.answers, ...a },
        applicantVerified: true,
        bhxhCode: a.bhxhCode,
        fullName: a.fullName,
        nameKey: searchKey(a.fullName),
        idKind: kind,
        idNumber: a.idNumber,
        birthDate: a.birthDate,
        provinceCode: a.provinceCode,
        communeCode: a.communeCode,
        street: a.street,
        phone: a.phone,
        registryResult,
        registryCheckedAt: registryResult === 'not_checked' ? null : deps.clock.now(),
      });
      return deps.drafts.view(row);
    },
  };
}

function clean(a: DraftAnswers): Record<string, string> {
  return Object.fromEntries(
    Object.entries(a).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}
