/**
 * @vssid/domain: the pure rules of the VssID app (identity numbers, insurance cards, QR
 * payloads, contribution periods, Vietnamese text and number formatting). No I/O and no
 * dependencies, so the server and the web app run exactly the same checks.
 */

export { BHXH_CODE_ERRORS, type BhxhCodeError, validateBhxhCode } from './bhxh-code.ts';
export {
  BHYT_CARD_ERRORS,
  type BhytBenefitLevel,
  type BhytCardError,
  type BhytCardNumber,
  formatBhytCardNumber,
  parseBhytCardNumber,
} from './bhyt-card.ts';
export {
  BHYT_OBJECT_CODE_LABELS,
  BHYT_OBJECT_CODES,
  type BhytObjectCode,
  isBhytObjectCode,
} from './bhyt-object-codes.ts';
export {
  type DatePattern,
  daysInMonth,
  formatStrictDate,
  type IsoDate,
  isLeapYear,
  isRealDate,
  isValidIsoDate,
  parseStrictDate,
  splitIsoDate,
  toIsoDate,
} from './calendar.ts';
export {
  CCCD_ERRORS,
  type CccdCheck,
  type CccdError,
  type CccdInfo,
  cccdGenderCenturyDigit,
  type Gender,
  validateCccd,
} from './cccd.ts';
export { CMND_ERRORS, type CmndError, validateCmnd } from './cmnd.ts';
export { formatDuration } from './duration.ts';
export { osaDistance, typoBudget } from './edit-distance.ts';
export { EMAIL_ERRORS, type EmailError, validateEmail } from './email.ts';
export { type FixedDigitsCodes, validateFixedDigits } from './fixed-digits.ts';
export {
  DATE_ERRORS,
  type DateError,
  formatCoefficient,
  formatDate,
  formatMoney,
  formatMoneyDecimal,
  formatMonth,
  parseDate,
} from './format.ts';
export {
  ID_NUMBER_ERRORS,
  type IdKind,
  type IdNumberError,
  validateIdNumber,
} from './id-number.ts';
export { MASK_CHAR, maskName } from './mask-name.ts';
export {
  DOMAIN_ERROR_CODES,
  DOMAIN_MESSAGES,
  type DomainErrorCode,
  type DomainMessage,
  domainMessage,
} from './messages.ts';
export { MOBILE_ERRORS, type MobileError, VN_MOBILE_PREFIXES, validateVnMobile } from './mobile.ts';
export {
  isYearMonth,
  MONTH_ERRORS,
  type MonthError,
  type MonthPeriod,
  monthFromIndex,
  monthIndex,
  monthsBetween,
  type PeriodError,
  parseMonthText,
  periodMonths,
  validatePeriod,
  type YearMonth,
} from './months.ts';
export { namesMatch, normalizeName } from './names.ts';
export { type OpeningRule, parseOpeningHours, type Weekday } from './opening-hours.ts';
export { type ParticipationTotal, totalParticipation } from './participation.ts';
export { PASSPORT_ERRORS, type PassportError, validatePassport } from './passport.ts';
export { CCCD_PROVINCES, isCccdProvinceCode } from './provinces.ts';
export { decodeBhytQr, encodeBhytQr } from './qr/bhyt-qr.ts';
export {
  BHYT_QR_ERRORS,
  BHYT_QR_MAX_FIELDS,
  BHYT_QR_REQUIRED_FIELDS,
  type BhytQrBirthDate,
  type BhytQrData,
  type BhytQrError,
  type BhytQrFacility,
  type BhytQrFiveYears,
} from './qr/bhyt-qr-data.ts';
export {
  CCCD_QR_ERRORS,
  type CccdQrData,
  type CccdQrError,
  decodeCccdQr,
  encodeCccdQr,
} from './qr/cccd-qr.ts';
export { detectQrKind, type QrKind } from './qr/detect.ts';
export { hexToUtf8, utf8ToHex } from './qr/hex-utf8.ts';
export { stripQrPayload } from './qr/payload.ts';
export { err, ok, type Result } from './result.ts';
export { searchKey } from './search-key.ts';
