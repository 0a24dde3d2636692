import type { BhytCardNumber } from '../bhyt-card.ts';
import type { IsoDate } from '../calendar.ts';

/** Every code `decodeBhytQr` can return, in the order fields are checked. */
export const BHYT_QR_ERRORS = [
  'BHYT_QR_EMPTY',
  'BHYT_QR_NO_TERMINATOR',
  'BHYT_QR_TOO_FEW_FIELDS',
  'BHYT_QR_TOO_MANY_FIELDS',
  'BHYT_QR_CARD_NUMBER_INVALID',
  'BHYT_QR_NAME_INVALID',
  'BHYT_QR_NAME_REQUIRED',
  'BHYT_QR_BIRTH_DATE_INVALID',
  'BHYT_QR_SEX_INVALID',
  'BHYT_QR_ADDRESS_INVALID',
  'BHYT_QR_FACILITY_INVALID',
  'BHYT_QR_VALID_FROM_INVALID',
  'BHYT_QR_VALID_TO_INVALID',
  'BHYT_QR_VALID_TO_BEFORE_FROM',
  'BHYT_QR_ISSUE_DATE_INVALID',
  'BHYT_QR_PARENT_NAME_INVALID',
  'BHYT_QR_FIVE_YEARS_DATE_INVALID',
  'BHYT_QR_ISSUING_OFFICE_INVALID',
] as const;

/** Failure codes of `decodeBhytQr`. */
export type BhytQrError = (typeof BHYT_QR_ERRORS)[number];

/** Fields 0–8 are on every card; fields 9–15 were added later and old cards stop before them. */
export const BHYT_QR_REQUIRED_FIELDS = 9;

/** Fields 0–15; a 17th '|'-separated part is the '$' terminator. */
export const BHYT_QR_MAX_FIELDS = 16;

/** A birth date as printed: the full date, or only the year for people whose day is unknown. */
export type BhytQrBirthDate = IsoDate | { year: number };

/** Registered first-contact facility (nơi đăng ký KCB ban đầu), e.g. "01 - 001". */
export interface BhytQrFacility {
  /** The field exactly as printed, kept so re-encoding reproduces the card's QR. */
  text: string;
  /** 2-digit province + 3-digit facility, separators removed: '01001'. */
  code: string;
}

/** Date from which the holder has 5 continuous years of coverage (thời điểm đủ 5 năm liên tục). */
export interface BhytQrFiveYears {
  /** The field as printed; issuers write it with a leading space, which is kept. */
  text: string;
  /** null when the card says '-' or leaves it blank (not yet 5 years). */
  date: IsoDate | null;
}

/**
 * The content of a BHYT card's QR code. Conventions: `null` means the card explicitly says
 * "none" ('-'); an absent optional property means the card's QR ends before that field.
 */
export interface BhytQrData {
  /** Field 0. */
  cardNumber: BhytCardNumber;
  /** Field 1 (hex UTF-8 on the card). */
  fullName: string;
  /** Field 2. */
  birthDate: BhytQrBirthDate;
  /** Field 3: 1 = Nam, 2 = Nữ. */
  sex: 'male' | 'female';
  /** Field 4 (hex UTF-8), null for '-'. */
  address: string | null;
  /** Field 5. */
  facility: BhytQrFacility;
  /** Field 6. */
  validFrom: IsoDate;
  /** Field 7, null for '-' (no end date). */
  validTo: IsoDate | null;
  /** Field 8. */
  issueDate: IsoDate;
  /** Field 9: mã quản lý, e.g. '01050123456789'. */
  managementCode?: string;
  /** Field 10 (hex UTF-8): parent or guardian, for children; null for '-'. */
  parentName?: string | null;
  /** Field 11: residence code (mã nơi sống). */
  residenceCode?: string;
  /** Field 12. */
  fiveYearsSince?: BhytQrFiveYears;
  /** Field 13: issuer's check string, kept verbatim and never validated (its rule is unpublished). */
  checkString?: string;
  /** Field 14: benefit code (mã quyền lợi). */
  benefitCode?: string;
  /** Field 15 (hex UTF-8): issuing social-insurance office. */
  issuingOffice?: string;
}
