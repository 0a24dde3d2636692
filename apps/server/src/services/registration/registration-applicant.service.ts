import {
  applicantRequestSchema,
  type DraftAnswers,
  type IdentityChecked,
  identityRequestSchema,
} from '@vssid/contracts';
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
 * Step 1 "Tiếp tục" checks who the person is; step 2 "Tiếp tục" checks everything again with the
 * address. Answers are saved first (a refused field loses nothing), then checked: format,
 * the insurance record (code exists, name matches — without ever showing a record the person did
 * not already name), the one-account/one-application rule, then (step 2) the address units and,
 * for a CCCD, the population registry. Both steps count against the same per-IP limits, so
 * checking on step 1 opens no new way to harvest records.
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
  async function enforceLimits(ip: string) {
    await deps.rateLimits
      .enforce(`registration-check:ip:${ip}`, deps.limits.checksPerMinute, MINUTE)
      .catch(limited);
    await deps.rateLimits
      .enforce(`registration-check-day:ip:${ip}`, deps.limits.checksPerDay, DAY)
      .catch(limited);
  }

  /**
   * The record of the code, checked against the typed name, and the code still free. Returns
   * the record: its spelling of the name is the one stored (the typed name matched it up to
   * diacritics, case and spacing, which is all namesMatch allows).
   */
  async function identify(a: { bhxhCode: string; fullName: string }, registrationId: string) {
    const person = await deps.lookup.insuredPerson(a.bhxhCode);
    if (!person) throw refuse('BHXH_CODE_NOT_FOUND', 'bhxhCode');
    if (!namesMatch(person.fullName, a.fullName)) throw refuse('NAME_MISMATCH', 'fullName');
    await deps.rules.ensureCodeFree(a.bhxhCode, registrationId);
    return person;
  }

  return {
    /** Step 1 "Tiếp tục": the code and the name, before the address is asked for. */
    async identity(
      id: string,
      token: string | undefined,
      answers: DraftAnswers,
      ip: string,
    ): Promise<IdentityChecked> {
      const row = await deps.drafts.saveAnswers(await deps.access.openDraft(id, token), answers);
      const a = parseOrRefuse(identityRequestSchema, answers);
      await enforceLimits(ip);
      const person = await identify(a, row.id);
      return {
        draft: await deps.drafts.view(row),
        recordName: person.fullName !== a.fullName ? person.fullName : null,
      };
    },

    /** Step 2 "Tiếp tục": everything again, with the address; the draft becomes verified. */
    async check(id: string, token: string | undefined, answers: DraftAnswers, ip: string) {
      let row = await deps.access.openDraft(id, token);
      row = await deps.drafts.save(row, {
        answers: { ...row.answers, ...clean(answers) },
        applicantVerified: false,
      });

      const typed = parseOrRefuse(applicantRequestSchema, answers);
      await enforceLimits(ip);

      if (!(await deps.lookup.province(typed.provinceCode)))
        throw refuse('PROVINCE_NOT_FOUND', 'provinceCode');
      const commune = await deps.lookup.commune(typed.communeCode);
      if (commune?.provinceCode !== typed.provinceCode)
        throw refuse('COMMUNE_NOT_IN_PROVINCE', 'communeCode');

      const person = await identify(typed, row.id);
      // The records' spelling from here on: the declaration, the mails, the back office.
      const a = { ...typed, fullName: person.fullName };

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
