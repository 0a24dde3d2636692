import { formatStrictDate, type IsoDate, parseStrictDate } from '../calendar.ts';
import { type Gender, validateCccd } from '../cccd.ts';
import { err, ok, type Result } from '../result.ts';
import { assertPlainField, stripQrPayload } from './payload.ts';

/** Every code `decodeCccdQr` can return, in the order they are checked. */
export const CCCD_QR_ERRORS = [
  'CCCD_QR_EMPTY',
  'CCCD_QR_SIX_FIELDS',
  'CCCD_QR_FIELD_COUNT',
  'CCCD_QR_CCCD_INVALID',
  'CCCD_QR_CMND_INVALID',
  'CCCD_QR_NAME_REQUIRED',
  'CCCD_QR_BIRTH_DATE_INVALID',
  'CCCD_QR_SEX_INVALID',
  'CCCD_QR_ISSUE_DATE_INVALID',
  'CCCD_QR_ISSUE_BEFORE_BIRTH',
  'CCCD_BIRTH_YEAR_MISMATCH',
  'CCCD_GENDER_MISMATCH',
] as const;

/** Failure codes of `decodeCccdQr`. */
export type CccdQrError = (typeof CCCD_QR_ERRORS)[number];

/** The content of the QR code on a chip-based CCCD card. */
export interface CccdQrData {
  /** 12 digits. */
  cccd: string;
  /** The holder's former 9-digit CMND, or null when the card lists none. */
  cmnd: string | null;
  fullName: string;
  birthDate: IsoDate;
  sex: Gender;
  /** Nơi thường trú, as printed. */
  address: string;
  issueDate: IsoDate;
}

const SEX_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };

/**
 * Decodes a CCCD QR payload: seven '|'-separated plain-text fields, CCCD | old CMND (may be
 * empty) | full name | birth date ddMMyyyy | Nam/Nữ | address | issue date ddMMyyyy. The
 * six-field variant without the CMND slot gets its own error rather than a best guess: with
 * a field missing every later field would be read into the wrong slot. The CCCD's own
 * gender/century and year digits must agree with the decoded sex and birth date.
 */
export function decodeCccdQr(payload: string): Result<CccdQrData, CccdQrError> {
  const text = stripQrPayload(payload);
  if (text === '') return err('CCCD_QR_EMPTY');
  const parts = text.split('|');
  if (parts.length === 6) return err('CCCD_QR_SIX_FIELDS');
  if (parts.length !== 7) return err('CCCD_QR_FIELD_COUNT');
  const [
    cccdText = '',
    cmndText = '',
    fullName = '',
    birth = '',
    sexText = '',
    address = '',
    issue = '',
  ] = parts;

  const cccd = validateCccd(cccdText);
  if (!cccd.ok || cccd.value.number !== cccdText) return err('CCCD_QR_CCCD_INVALID');
  if (cmndText !== '' && !/^[0-9]{9}$/.test(cmndText)) return err('CCCD_QR_CMND_INVALID');
  if (fullName.trim() === '') return err('CCCD_QR_NAME_REQUIRED');
  const birthDate = parseStrictDate(birth, 'ddMMyyyy');
  if (birthDate === undefined) return err('CCCD_QR_BIRTH_DATE_INVALID');
  const sex = parseSex(sexText);
  if (sex === undefined) return err('CCCD_QR_SEX_INVALID');
  const issueDate = parseStrictDate(issue, 'ddMMyyyy');
  if (issueDate === undefined) return err('CCCD_QR_ISSUE_DATE_INVALID');
  if (issueDate < birthDate) return err('CCCD_QR_ISSUE_BEFORE_BIRTH');
  const consistent = validateCccd(cccdText, { birthDate, gender: sex });
  if (!consistent.ok) {
    return err(
      consistent.error === 'CCCD_GENDER_MISMATCH'
        ? 'CCCD_GENDER_MISMATCH'
        : 'CCCD_BIRTH_YEAR_MISMATCH',
    );
  }
  return ok({
    cccd: cccdText,
    cmnd: cmndText === '' ? null : cmndText,
    fullName,
    birthDate,
    sex,
    address,
    issueDate,
  });
}

/**
 * Writes the seven-field payload. Texts are written as given (no trimming) so that
 * `encodeCccdQr(decodeCccdQr(x))` gives back `x` for a payload in canonical form ('Nam'/'Nữ'
 * in NFC, no padding). Throws if a text contains '|' or a date is not a real ISO date.
 */
export function encodeCccdQr(data: CccdQrData): string {
  return [
    assertPlainField('cccd', data.cccd),
    assertPlainField('cmnd', data.cmnd ?? ''),
    assertPlainField('fullName', data.fullName),
    formatStrictDate(data.birthDate, 'ddMMyyyy'),
    SEX_LABELS[data.sex],
    assertPlainField('address', data.address),
    formatStrictDate(data.issueDate, 'ddMMyyyy'),
  ].join('|');
}

/** Accepts any case and either Unicode composition of "Nữ", as scanners differ. */
function parseSex(text: string): Gender | undefined {
  const key = text.normalize('NFC').toLowerCase();
  if (key === 'nam') return 'male';
  if (key === 'nữ') return 'female';
  return undefined;
}
