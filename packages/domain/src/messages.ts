import { BHXH_CODE_ERRORS, type BhxhCodeError } from './bhxh-code.ts';
import { BHYT_CARD_ERRORS, type BhytCardError } from './bhyt-card.ts';
import { CCCD_ERRORS, type CccdError } from './cccd.ts';
import { CMND_ERRORS, type CmndError } from './cmnd.ts';
import { EMAIL_ERRORS, type EmailError } from './email.ts';
import { DATE_ERRORS, type DateError } from './format.ts';
import { ID_NUMBER_ERRORS, type IdNumberError } from './id-number.ts';
import { CONTACT_MESSAGES } from './messages/contact.ts';
import { IDENTITY_MESSAGES } from './messages/identity.ts';
import { QR_MESSAGES } from './messages/qr.ts';
import { TIME_MESSAGES } from './messages/time.ts';
import { MOBILE_ERRORS, type MobileError } from './mobile.ts';
import { MONTH_ERRORS, type MonthError, type PeriodError } from './months.ts';
import { PASSPORT_ERRORS, type PassportError } from './passport.ts';
import { BHYT_QR_ERRORS, type BhytQrError } from './qr/bhyt-qr-data.ts';
import { CCCD_QR_ERRORS, type CccdQrError } from './qr/cccd-qr.ts';

/** A user-facing message: Vietnamese first (the app's language), English for foreigners. */
export interface DomainMessage {
  vi: string;
  en: string;
}

/** Every error code any function of this package can return. */
export type DomainErrorCode =
  | BhxhCodeError
  | BhytCardError
  | CccdError
  | CmndError
  | PassportError
  | IdNumberError
  | MobileError
  | EmailError
  | MonthError
  | PeriodError
  | DateError
  | BhytQrError
  | CccdQrError;

/**
 * The message for each error code. Typed as a full Record so that adding a code to any
 * module without a message fails the type-check instead of showing a raw code to a user.
 */
export const DOMAIN_MESSAGES: Readonly<Record<DomainErrorCode, DomainMessage>> = {
  ...IDENTITY_MESSAGES,
  ...CONTACT_MESSAGES,
  ...TIME_MESSAGES,
  ...QR_MESSAGES,
};

/** All error codes, once each, for iteration (tests, translation checks, API docs). */
export const DOMAIN_ERROR_CODES: readonly DomainErrorCode[] = [
  ...new Set<DomainErrorCode>([
    ...BHXH_CODE_ERRORS,
    ...BHYT_CARD_ERRORS,
    ...CCCD_ERRORS,
    ...CMND_ERRORS,
    ...PASSPORT_ERRORS,
    ...ID_NUMBER_ERRORS,
    ...MOBILE_ERRORS,
    ...EMAIL_ERRORS,
    ...MONTH_ERRORS,
    ...DATE_ERRORS,
    ...BHYT_QR_ERRORS,
    ...CCCD_QR_ERRORS,
  ]),
];

/** The message for a code in the given language. */
export function domainMessage(code: DomainErrorCode, lang: 'vi' | 'en'): string {
  return DOMAIN_MESSAGES[code][lang];
}
