import type {
  BenefitList,
  BhytCard,
  CardAnswer,
  CitizenRecords,
  MedicalVisits,
  Participation,
  RecordsSummary,
} from '@vssid/contracts';
import { RECORD_SCHEMES } from '@vssid/contracts';
import { parseOpeningHours } from '@vssid/domain';
import { AppError } from '../lib/app-error.ts';
import type { AuthContext } from '../lib/auth-context.ts';
import type { Clock } from '../lib/clock.ts';
import { citizenOwnCode, officerMaySeeRecords } from '../policies/records.policy.ts';
import {
  presentBenefit,
  presentCard,
  presentParticipation,
  presentPeriod,
  presentTotal,
  presentVisit,
  presentVisits,
} from '../presenters/records.presenter.ts';
import type {
  BenefitCategory,
  RecordsRepository,
  Scheme,
} from '../repositories/records.repository.ts';
import type { AuditService } from './audit.service.ts';

type Deps = { repo: RecordsRepository; clock: Clock; audit: AuditService };

/**
 * "QL cá nhân". Citizens read their own records only (the code comes from the session, never
 * from the request); officers read a citizen of their agency's province, and every such view
 * is audited. Authorization is checked before any record is read.
 */
export function recordsService({ repo, clock, audit }: Deps) {
  function own(auth: AuthContext): string {
    const code = citizenOwnCode(auth);
    if (!code) throw new AppError('RECORDS_NOT_FOUND', 404);
    return code;
  }

  /** The card itself (the downloads): 404 CARD_NOT_FOUND when there is none. */
  async function card(auth: AuthContext): Promise<BhytCard> {
    const r = await repo.personWithCard(own(auth));
    if (!r?.card) throw new AppError('CARD_NOT_FOUND', 404);
    return presentCard(r.person, r.card, clock.now());
  }

  return {
    card,
    /**
     * GET /api/me/card. No card on record is an answer, not a failure: `{ card: null }` with the
     * person's provincial agency, whom they contact to have one issued.
     */
    async cardAnswer(auth: AuthContext): Promise<CardAnswer> {
      const r = await repo.personWithCard(own(auth));
      if (!r) throw new AppError('RECORDS_NOT_FOUND', 404);
      if (r.card) return presentCard(r.person, r.card, clock.now());
      const province = r.person.provinceCode;
      const agency = province ? await repo.provinceAgency(province) : null;
      return {
        card: null,
        agency: agency && {
          ...agency,
          workingHours: agency.workingHours ? parseOpeningHours(agency.workingHours) : null,
        },
      };
    },
    /** One indexed statement: person ⟕ card with the BHXH periods. */
    async summary(auth: AuthContext): Promise<RecordsSummary> {
      const code = own(auth);
      const r = await repo.summary(code);
      if (!r) throw new AppError('RECORDS_NOT_FOUND', 404);
      const rows = r.periods;
      const latest = rows.filter((p) => p.status === 'paid').at(-1);
      return {
        bhxhCode: code,
        fullName: r.person.fullName,
        card: r.card ? presentCard(r.person, r.card, clock.now()) : null,
        total: presentTotal(rows),
        latestPeriod: latest ? presentPeriod(latest) : null,
      };
    },
    async participation(auth: AuthContext, scheme: Scheme): Promise<Participation> {
      return presentParticipation(scheme, await repo.periods(own(auth), scheme));
    },
    async benefits(auth: AuthContext, category: BenefitCategory): Promise<BenefitList> {
      const rows = await repo.benefits(own(auth), category);
      return { category, items: rows.map(presentBenefit) };
    },
    async visits(auth: AuthContext): Promise<MedicalVisits> {
      return presentVisits(await repo.visits(own(auth)));
    },
    /** The officer view: 404 for unknown codes and other provinces alike; audited when shown. */
    async forOfficer(
      auth: AuthContext & { agencyId: string },
      bhxhCode: string,
    ): Promise<CitizenRecords> {
      const person = await repo.person(bhxhCode);
      const province = await repo.agencyProvince(auth.agencyId);
      if (!person || !officerMaySeeRecords(person, province))
        throw new AppError('RECORDS_NOT_FOUND', 404);
      await audit.record(auth, {
        action: 'records.view',
        subjectType: 'insured_person',
        subjectId: bhxhCode,
        subjectBhxhCode: bhxhCode,
      });
      const [withCard, periods, benefits, visits] = await Promise.all([
        repo.personWithCard(bhxhCode),
        repo.periods(bhxhCode),
        repo.benefits(bhxhCode),
        repo.visits(bhxhCode),
      ]);
      return {
        person: {
          bhxhCode,
          fullName: person.fullName,
          birthDate: person.birthDate,
          gender: person.gender,
          provinceCode: person.provinceCode,
        },
        card: withCard?.card ? presentCard(person, withCard.card, clock.now()) : null,
        participation: RECORD_SCHEMES.map((s) =>
          presentParticipation(
            s,
            periods.filter((p) => p.scheme === s),
          ),
        ),
        benefits: benefits.map(presentBenefit),
        visits: visits.map(presentVisit),
      };
    },
  };
}
export type RecordsService = ReturnType<typeof recordsService>;
