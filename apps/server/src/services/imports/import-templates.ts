import {
  BENEFIT_REGIME_LABELS,
  CONTRIBUTION_TYPE_LABELS,
  IMPORT_COLUMNS,
  type RecordImportKind,
} from '@vssid/contracts';
import { BENEFIT_CATEGORIES, SCHEMES } from '../../db/schema/index.ts';
import { type FieldReader, RowRefusal } from './import-fields.ts';

export { IMPORT_COLUMNS };

/** A validated row, ready for the kind's table (column names as in Drizzle). */
export type ImportValues = Record<string, string | number | null> & { bhxhCode: string };

const facility = (f: FieldReader, c: string) => {
  const v = f.req(c).replace(/[\s-]/g, '');
  if (!/^\d{5}$/.test(v)) throw new RowRefusal('IMPORT_FIELD_INVALID', c);
  return v;
};
const required = <T>(v: T | null, c: string): T => {
  if (v === null) throw new RowRefusal('IMPORT_FIELD_REQUIRED', c);
  return v;
};
const notBefore = (from: string | null, to: string | null, c: string) => {
  if (from && to && to < from) throw new RowRefusal('IMPORT_PERIOD_REVERSED', c);
};

/** Validates one data row of `kind`; throws RowRefusal with the reason. */
export function parseImportRow(kind: RecordImportKind, f: FieldReader): ImportValues {
  switch (kind) {
    case 'participation': {
      const fromMonth = f.month('from_month');
      const toMonth = f.month('to_month');
      notBefore(fromMonth, toMonth, 'to_month');
      return {
        bhxhCode: f.bhxhCode(),
        scheme: f.oneOf('scheme', SCHEMES),
        fromMonth,
        toMonth,
        employerName: f.req('employer_name'),
        employerCode: f.opt('employer_code'),
        position: f.opt('position'),
        workplace: f.opt('workplace'),
        contributionType: f.option('contribution_type', CONTRIBUTION_TYPE_LABELS),
        currency: f.opt('currency') ?? 'VND',
        salary: f.money('salary', { optional: true, reason: 'IMPORT_SALARY_NOT_NUMBER' }),
        salaryCoefficient: f.coefficient('salary_coefficient'),
        status: f.opt('status') === null ? 'paid' : f.oneOf('status', ['paid', 'unpaid']),
      };
    }
    case 'benefits': {
      const fromDate = f.date('from_date');
      const toDate = f.date('to_date', { optional: true, future: true });
      notBefore(fromDate, toDate, 'to_date');
      return {
        bhxhCode: f.bhxhCode(),
        category: f.oneOf('category', BENEFIT_CATEGORIES),
        regime: required(f.option('regime', BENEFIT_REGIME_LABELS), 'regime'),
        fromDate,
        toDate,
        amount: f.money('amount'),
        paidBy: f.req('paid_by'),
      };
    }
    case 'medical-visits': {
      const admittedOn = f.date('admitted_on');
      const dischargedOn = f.date('discharged_on', { optional: true });
      notBefore(admittedOn, dischargedOn, 'discharged_on');
      return {
        bhxhCode: f.bhxhCode(),
        facilityName: f.req('facility_name'),
        facilityCode: facility(f, 'facility_code'),
        admittedOn,
        dischargedOn,
        kind: f.oneOf('kind', ['outpatient', 'inpatient']),
        icdCode: f.req('icd_code'),
        icdName: f.req('icd_name'),
        totalCost: f.money('total_cost'),
        paidByBhyt: f.money('paid_by_bhyt'),
        paidByPatient: f.money('paid_by_patient'),
      };
    }
    case 'bhyt-cards': {
      const validFrom = f.date('valid_from', { future: true });
      const validTo = f.date('valid_to', { optional: true, future: true });
      notBefore(validFrom, validTo, 'valid_to');
      const bhxhCode = f.bhxhCode();
      const cardNumber = f.req('card_number');
      if (cardNumber !== bhxhCode) throw new RowRefusal('IMPORT_FIELD_INVALID', 'card_number');
      return {
        bhxhCode,
        cardNumber,
        oldCardNumber: f.opt('old_card_number'),
        facilityName: f.req('facility_name'),
        facilityCode: facility(f, 'facility_code'),
        validFrom,
        validTo,
        fiveYearsFrom: f.date('five_years_from', { optional: true, future: true }),
        benefitLevel: f.req('benefit_level'),
        benefitCode: f.opt('benefit_code'),
        objectCode: f.opt('object_code'),
        issueDate: f.date('issue_date'),
        issuingOffice: f.req('issuing_office'),
        residenceCode: f.opt('residence_code'),
      };
    }
  }
}
