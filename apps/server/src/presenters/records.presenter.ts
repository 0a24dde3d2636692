import {
  BENEFIT_REGIMES,
  type BenefitItem,
  type BhytCard,
  CONTRIBUTION_TYPES,
  type MedicalVisits,
  type Participation,
  type ParticipationPeriodView,
  type ParticipationTotalView,
} from '@vssid/contracts';
import { encodeBhytQr, parseBhytCardNumber, periodMonths, totalParticipation } from '@vssid/domain';
import type {
  BenefitRow,
  CardRow,
  PeriodRow,
  PersonRow,
  Scheme,
  VisitRow,
} from '../repositories/records.repository.ts';

/** The card as printed, with the official QR payload our own decoder reads back. */
export function presentCard(person: PersonRow, card: CardRow, now: Date): BhytCard {
  const parsed = parseBhytCardNumber(card.cardNumber);
  const number = parsed.ok ? parsed.value : { form: 'new' as const, bhxhCode: card.bhxhCode };
  const qrPayload = encodeBhytQr({
    cardNumber: number,
    fullName: person.fullName,
    birthDate: person.birthDate,
    sex: person.gender,
    address: person.address,
    facility: {
      text: `${card.facilityCode.slice(0, 2)} - ${card.facilityCode.slice(2)}`,
      code: card.facilityCode,
    },
    validFrom: card.validFrom,
    validTo: card.validTo,
    issueDate: card.issueDate,
    ...(card.residenceCode ? { residenceCode: card.residenceCode } : {}),
    fiveYearsSince: { text: '', date: card.fiveYearsFrom },
    ...(card.benefitCode ? { benefitCode: card.benefitCode } : {}),
    issuingOffice: card.issuingOffice,
  });
  return {
    bhxhCode: person.bhxhCode,
    fullName: person.fullName,
    birthDate: person.birthDate,
    gender: person.gender,
    cardNumber: card.cardNumber,
    oldCardNumber: card.oldCardNumber,
    facilityName: card.facilityName,
    facilityCode: card.facilityCode,
    validFrom: card.validFrom,
    validTo: card.validTo,
    fiveYearsFrom: card.fiveYearsFrom,
    benefitLevel: card.benefitLevel,
    benefitCode: card.benefitCode,
    objectCode: card.objectCode,
    issueDate: card.issueDate,
    issuingOffice: card.issuingOffice,
    residenceCode: card.residenceCode,
    qrPayload,
    fetchedAt: now.toISOString(),
  };
}

/** Stored codes are checked on the way out: a value no code names never reaches the screen. */
function codeOf<T extends string>(codes: readonly T[], value: string | null): T | undefined {
  return codes.find((c) => c === value);
}

export function presentPeriod(p: PeriodRow): ParticipationPeriodView {
  return {
    id: p.id,
    fromMonth: p.fromMonth,
    toMonth: p.toMonth,
    employerName: p.employerName,
    contributionType: codeOf(CONTRIBUTION_TYPES, p.contributionType) ?? null,
    position: p.position,
    workplace: p.workplace,
    currency: p.currency,
    salary: p.salary,
    salaryCoefficient: p.salaryCoefficient,
    status: p.status,
  };
}

/**
 * "Tổng thời gian tham gia": the domain's union of PAID months (overlaps counted once), as
 * numbers only; the browser words them in the person's language.
 */
export function presentTotal(rows: readonly PeriodRow[]): ParticipationTotalView {
  const paid = rows
    .filter((r) => r.status === 'paid')
    .map((r) => ({ from: r.fromMonth, to: r.toMonth }));
  return totalParticipation(paid);
}

/** One tab of "Quá trình tham gia". `rows` are one scheme's periods, oldest first. */
export function presentParticipation(scheme: Scheme, rows: readonly PeriodRow[]): Participation {
  const paid = rows.filter((r) => r.status === 'paid');
  return {
    scheme,
    total: presentTotal(rows),
    periods: paid.map(presentPeriod).reverse(),
    unpaid: rows
      .filter((r) => r.status === 'unpaid')
      .map((r) => ({ ...presentPeriod(r), months: periodMonths(r.fromMonth, r.toMonth) })),
    salarySeries: paid.flatMap((r) =>
      r.salary === null ? [] : [{ month: r.fromMonth, salary: r.salary }],
    ),
  };
}

export function presentBenefit(b: BenefitRow): BenefitItem {
  return {
    id: b.id,
    category: b.category,
    regime: codeOf(BENEFIT_REGIMES, b.regime) ?? 'other',
    fromDate: b.fromDate,
    toDate: b.toDate,
    amount: b.amount,
    paidBy: b.paidBy,
  };
}

/** "Sổ khám chữa bệnh": newest year first (rows arrive newest first). */
export function presentVisits(rows: readonly VisitRow[]): MedicalVisits {
  const years: MedicalVisits['years'] = [];
  for (const v of rows) {
    const year = Number(v.admittedOn.slice(0, 4));
    let group = years.at(-1);
    if (group?.year !== year) {
      group = { year, visits: [] };
      years.push(group);
    }
    group.visits.push(presentVisit(v));
  }
  return { years };
}

export function presentVisit(v: VisitRow) {
  const { bhxhCode: _omit, ...rest } = v;
  return rest;
}
