import { formatBhytCardNumber, parseBhytCardNumber } from '../bhyt-card.ts';
import { formatStrictDate, parseStrictDate } from '../calendar.ts';
import { err, ok, type Result } from '../result.ts';
import {
  BHYT_QR_MAX_FIELDS,
  BHYT_QR_REQUIRED_FIELDS,
  type BhytQrBirthDate,
  type BhytQrData,
  type BhytQrError,
  type BhytQrFacility,
  type BhytQrFiveYears,
} from './bhyt-qr-data.ts';
import { hexToUtf8, utf8ToHex } from './hex-utf8.ts';
import { assertPlainField, stripQrPayload } from './payload.ts';

const NONE = '-';

/**
 * Decodes the QR code printed on a BHYT card (and shown in VssID). The payload is
 * '|'-separated and ends with a '$' field; fields 9–15 are optional because old cards stop
 * after field 8. Hex may be in either case. Each malformed field has its own error code so
 * support can tell a damaged print from a new, unknown layout.
 */
export function decodeBhytQr(payload: string): Result<BhytQrData, BhytQrError> {
  const text = stripQrPayload(payload);
  if (text === '') return err('BHYT_QR_EMPTY');
  const parts = text.split('|');
  if (parts.pop() !== '$') return err('BHYT_QR_NO_TERMINATOR');
  if (parts.length < BHYT_QR_REQUIRED_FIELDS) return err('BHYT_QR_TOO_FEW_FIELDS');
  if (parts.length > BHYT_QR_MAX_FIELDS) return err('BHYT_QR_TOO_MANY_FIELDS');
  const f = (i: number): string => parts[i] ?? '';

  const card = parseBhytCardNumber(f(0));
  if (!card.ok) return err('BHYT_QR_CARD_NUMBER_INVALID');
  const fullName = hexToUtf8(f(1));
  if (fullName === undefined) return err('BHYT_QR_NAME_INVALID');
  if (fullName.trim() === '') return err('BHYT_QR_NAME_REQUIRED');
  const birthDate = parseBirthDate(f(2));
  if (birthDate === undefined) return err('BHYT_QR_BIRTH_DATE_INVALID');
  const sex = f(3) === '1' ? 'male' : f(3) === '2' ? 'female' : undefined;
  if (sex === undefined) return err('BHYT_QR_SEX_INVALID');
  const address = hexOrNone(f(4));
  if (address === undefined) return err('BHYT_QR_ADDRESS_INVALID');
  const facility = parseFacility(f(5));
  if (facility === undefined) return err('BHYT_QR_FACILITY_INVALID');
  const validFrom = parseStrictDate(f(6), 'dd/MM/yyyy');
  if (validFrom === undefined) return err('BHYT_QR_VALID_FROM_INVALID');
  const validTo = f(7) === NONE ? null : parseStrictDate(f(7), 'dd/MM/yyyy');
  if (validTo === undefined) return err('BHYT_QR_VALID_TO_INVALID');
  if (validTo !== null && validTo < validFrom) return err('BHYT_QR_VALID_TO_BEFORE_FROM');
  const issueDate = parseStrictDate(f(8), 'dd/MM/yyyy');
  if (issueDate === undefined) return err('BHYT_QR_ISSUE_DATE_INVALID');

  const data: BhytQrData = {
    cardNumber: card.value,
    fullName,
    birthDate,
    sex,
    address,
    facility,
    validFrom,
    validTo,
    issueDate,
  };
  const n = parts.length;
  if (n > 9) data.managementCode = f(9);
  if (n > 10) {
    const parentName = hexOrNone(f(10));
    if (parentName === undefined) return err('BHYT_QR_PARENT_NAME_INVALID');
    data.parentName = parentName;
  }
  if (n > 11) data.residenceCode = f(11);
  if (n > 12) {
    const fiveYears = parseFiveYears(f(12));
    if (fiveYears === undefined) return err('BHYT_QR_FIVE_YEARS_DATE_INVALID');
    data.fiveYearsSince = fiveYears;
  }
  if (n > 13) data.checkString = f(13);
  if (n > 14) data.benefitCode = f(14);
  if (n > 15) {
    const office = hexToUtf8(f(15));
    if (office === undefined) return err('BHYT_QR_ISSUING_OFFICE_INVALID');
    data.issuingOffice = office;
  }
  return ok(data);
}

/**
 * Writes the canonical payload: lower-case hex, fields up to the last one present, then
 * '|$'. Optional fields missing before a present one are written empty. Printed texts kept by
 * the decoder (facility, five-years date) are reused when they still agree with the parsed
 * value, so `encodeBhytQr(decodeBhytQr(x))` reproduces a canonical `x` exactly. Throws if a
 * plain-text field contains '|' or a date is not a real ISO date.
 */
export function encodeBhytQr(data: BhytQrData): string {
  const fields = [
    formatBhytCardNumber(data.cardNumber),
    utf8ToHex(data.fullName),
    formatBirthDate(data.birthDate),
    data.sex === 'male' ? '1' : '2',
    data.address === null ? NONE : utf8ToHex(data.address),
    formatFacility(data.facility),
    formatStrictDate(data.validFrom, 'dd/MM/yyyy'),
    data.validTo === null ? NONE : formatStrictDate(data.validTo, 'dd/MM/yyyy'),
    formatStrictDate(data.issueDate, 'dd/MM/yyyy'),
  ];
  const optional = [
    plain('managementCode', data.managementCode),
    data.parentName === null ? NONE : mapDefined(data.parentName, utf8ToHex),
    plain('residenceCode', data.residenceCode),
    mapDefined(data.fiveYearsSince, formatFiveYears),
    plain('checkString', data.checkString),
    plain('benefitCode', data.benefitCode),
    mapDefined(data.issuingOffice, utf8ToHex),
  ];
  const last = optional.findLastIndex((v) => v !== undefined);
  fields.push(...optional.slice(0, last + 1).map((v) => v ?? ''));
  return `${fields.join('|')}|$`;
}

function parseBirthDate(text: string): BhytQrBirthDate | undefined {
  if (/^\d{4}$/.test(text)) return text === '0000' ? undefined : { year: Number(text) };
  return parseStrictDate(text, 'dd/MM/yyyy');
}

function formatBirthDate(date: BhytQrBirthDate): string {
  if (typeof date === 'string') return formatStrictDate(date, 'dd/MM/yyyy');
  return String(date.year).padStart(4, '0');
}

function hexOrNone(text: string): string | null | undefined {
  return text === NONE ? null : hexToUtf8(text);
}

function parseFacility(text: string): BhytQrFacility | undefined {
  const code = text.replace(/[\s-]/g, '');
  return /^\d{5}$/.test(code) ? { text, code } : undefined;
}

function formatFacility(facility: BhytQrFacility): string {
  if (parseFacility(facility.text)?.code === facility.code) return facility.text;
  return `${facility.code.slice(0, 2)} - ${facility.code.slice(2)}`;
}

function parseFiveYears(text: string): BhytQrFiveYears | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === NONE) return { text, date: null };
  const date = parseStrictDate(trimmed, 'dd/MM/yyyy');
  return date === undefined ? undefined : { text, date };
}

function formatFiveYears(value: BhytQrFiveYears): string {
  if (parseFiveYears(value.text)?.date === value.date) return value.text;
  // Issuers print this date after a space; new values follow their layout.
  return value.date === null ? NONE : ` ${formatStrictDate(value.date, 'dd/MM/yyyy')}`;
}

function plain(name: string, value: string | undefined): string | undefined {
  return value === undefined ? undefined : assertPlainField(name, value);
}

function mapDefined<T>(value: T | undefined, f: (v: T) => string): string | undefined {
  return value === undefined ? undefined : f(value);
}
