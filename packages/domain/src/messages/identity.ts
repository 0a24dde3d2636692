import type { BhxhCodeError } from '../bhxh-code.ts';
import type { BhytCardError } from '../bhyt-card.ts';
import type { CccdError } from '../cccd.ts';
import type { CmndError } from '../cmnd.ts';
import type { IdNumberError } from '../id-number.ts';
import type { DomainMessage } from '../messages.ts';
import type { PassportError } from '../passport.ts';

type IdentityError =
  | BhxhCodeError
  | BhytCardError
  | CccdError
  | CmndError
  | PassportError
  | IdNumberError;

/** Messages for insurance codes and identity documents. */
export const IDENTITY_MESSAGES: Record<IdentityError, DomainMessage> = {
  BHXH_CODE_REQUIRED: {
    vi: 'Vui lòng nhập mã số BHXH.',
    en: 'Please enter your social insurance number.',
  },
  BHXH_CODE_NOT_DIGITS: {
    vi: 'Mã số BHXH chỉ gồm các chữ số, không có chữ cái hay ký tự khác.',
    en: 'The social insurance number may contain digits only.',
  },
  BHXH_CODE_LENGTH: {
    vi: 'Mã số BHXH phải gồm đúng 10 chữ số.',
    en: 'The social insurance number must have exactly 10 digits.',
  },
  BHYT_CARD_REQUIRED: {
    vi: 'Vui lòng nhập mã thẻ BHYT.',
    en: 'Please enter your health insurance card number.',
  },
  BHYT_CARD_LENGTH: {
    vi: 'Mã thẻ BHYT phải gồm 10 chữ số (thẻ mẫu mới) hoặc 15 ký tự (thẻ mẫu cũ).',
    en: 'The health insurance card number must have 10 digits (new card) or 15 characters (old card).',
  },
  BHYT_CARD_OBJECT_CODE_FORMAT: {
    vi: 'Mã thẻ BHYT mẫu cũ phải bắt đầu bằng 2 chữ cái là mã đối tượng, ví dụ GD.',
    en: 'An old-style card number must start with a two-letter beneficiary code, e.g. GD.',
  },
  BHYT_CARD_OBJECT_CODE_UNKNOWN: {
    vi: 'Hai chữ cái đầu của mã thẻ BHYT không phải là mã đối tượng hợp lệ. Vui lòng kiểm tra lại thẻ.',
    en: 'The first two letters of the card number are not a known beneficiary code. Please check the card.',
  },
  BHYT_CARD_BENEFIT_LEVEL: {
    vi: 'Ký tự thứ 3 của mã thẻ BHYT là mức hưởng, phải là một chữ số từ 1 đến 5.',
    en: 'The third character of the card number (benefit level) must be a digit from 1 to 5.',
  },
  BHYT_CARD_PROVINCE: {
    vi: 'Ký tự thứ 4 và 5 của mã thẻ BHYT là mã tỉnh, phải là 2 chữ số từ 01 đến 99.',
    en: 'The fourth and fifth characters of the card number (province code) must be two digits from 01 to 99.',
  },
  BHYT_CARD_BHXH_CODE: {
    vi: '10 ký tự cuối của mã thẻ BHYT là mã số BHXH, phải gồm 10 chữ số.',
    en: 'The last 10 characters of the card number are the social insurance number and must be digits.',
  },
  CCCD_REQUIRED: {
    vi: 'Vui lòng nhập số căn cước công dân.',
    en: 'Please enter your citizen ID number.',
  },
  CCCD_NOT_DIGITS: {
    vi: 'Số căn cước công dân chỉ gồm các chữ số.',
    en: 'The citizen ID number may contain digits only.',
  },
  CCCD_LENGTH: {
    vi: 'Số căn cước công dân phải gồm đúng 12 chữ số.',
    en: 'The citizen ID number must have exactly 12 digits.',
  },
  CCCD_PROVINCE_UNKNOWN: {
    vi: '3 chữ số đầu của số căn cước công dân không phải là mã tỉnh hợp lệ. Vui lòng kiểm tra lại.',
    en: 'The first three digits of the citizen ID number are not a valid province code. Please check it.',
  },
  CCCD_BIRTH_DATE_INVALID: {
    vi: 'Ngày sinh dùng để đối chiếu với số căn cước công dân không hợp lệ.',
    en: 'The birth date to check the citizen ID number against is not a valid date.',
  },
  CCCD_BIRTH_YEAR_MISMATCH: {
    vi: 'Năm sinh không khớp với số căn cước công dân. Vui lòng kiểm tra lại số căn cước hoặc ngày sinh.',
    en: 'The birth year does not match the citizen ID number. Please check the number or the birth date.',
  },
  CCCD_GENDER_MISMATCH: {
    vi: 'Giới tính không khớp với số căn cước công dân. Vui lòng kiểm tra lại số căn cước hoặc giới tính.',
    en: 'The gender does not match the citizen ID number. Please check the number or the gender.',
  },
  CMND_REQUIRED: {
    vi: 'Vui lòng nhập số chứng minh nhân dân.',
    en: 'Please enter your former identity card (CMND) number.',
  },
  CMND_NOT_DIGITS: {
    vi: 'Số chứng minh nhân dân chỉ gồm các chữ số.',
    en: 'The identity card (CMND) number may contain digits only.',
  },
  CMND_LENGTH: {
    vi: 'Số chứng minh nhân dân phải gồm đúng 9 chữ số.',
    en: 'The identity card (CMND) number must have exactly 9 digits.',
  },
  PASSPORT_REQUIRED: {
    vi: 'Vui lòng nhập số hộ chiếu.',
    en: 'Please enter your passport number.',
  },
  PASSPORT_FORMAT: {
    vi: 'Số hộ chiếu gồm 1 chữ cái và 7 chữ số, ví dụ C1234567.',
    en: 'A passport number is one letter followed by 7 digits, e.g. C1234567.',
  },
  ID_NUMBER_REQUIRED: {
    vi: 'Vui lòng nhập số giấy tờ tùy thân.',
    en: 'Please enter your identity document number.',
  },
  ID_NUMBER_INVALID: {
    vi: 'Số giấy tờ không hợp lệ. Vui lòng nhập số căn cước (12 chữ số), số CMND (9 chữ số) hoặc số hộ chiếu (1 chữ cái và 7 chữ số).',
    en: 'This is not a valid document number. Enter a citizen ID (12 digits), a CMND (9 digits) or a passport number (one letter and 7 digits).',
  },
};
