import type { EmailError } from '../email.ts';
import type { DomainMessage } from '../messages.ts';
import type { MobileError } from '../mobile.ts';

/** Messages for phone numbers and e-mail addresses. */
export const CONTACT_MESSAGES: Record<MobileError | EmailError, DomainMessage> = {
  MOBILE_REQUIRED: {
    vi: 'Vui lòng nhập số điện thoại di động.',
    en: 'Please enter your mobile phone number.',
  },
  MOBILE_NOT_DIGITS: {
    vi: 'Số điện thoại chỉ gồm các chữ số, có thể bắt đầu bằng +84.',
    en: 'A phone number may contain digits only, optionally starting with +84.',
  },
  MOBILE_LENGTH: {
    vi: 'Số điện thoại di động phải gồm 10 chữ số và bắt đầu bằng 0 (hoặc +84).',
    en: 'A mobile number must have 10 digits and start with 0 (or +84).',
  },
  MOBILE_LANDLINE: {
    vi: 'Đây là số điện thoại cố định. Vui lòng nhập số điện thoại di động để nhận mã OTP.',
    en: 'This is a landline number. Please enter a mobile number so that you can receive the OTP.',
  },
  MOBILE_PREFIX_UNKNOWN: {
    vi: 'Đầu số này không thuộc nhà mạng di động nào tại Việt Nam. Vui lòng kiểm tra lại số điện thoại.',
    en: 'This prefix does not belong to any Vietnamese mobile network. Please check the number.',
  },
  EMAIL_REQUIRED: {
    vi: 'Vui lòng nhập địa chỉ email.',
    en: 'Please enter your e-mail address.',
  },
  EMAIL_TOO_LONG: {
    vi: 'Địa chỉ email quá dài (tối đa 254 ký tự).',
    en: 'The e-mail address is too long (254 characters at most).',
  },
  EMAIL_HAS_SPACES: {
    vi: 'Địa chỉ email không được chứa khoảng trắng.',
    en: 'An e-mail address must not contain spaces.',
  },
  EMAIL_AT_SIGN: {
    vi: 'Địa chỉ email phải có đúng một ký tự @, ví dụ ten@gmail.com.',
    en: 'An e-mail address must contain exactly one @, e.g. name@gmail.com.',
  },
  EMAIL_LOCAL_INVALID: {
    vi: 'Phần trước ký tự @ không hợp lệ: chỉ dùng chữ không dấu, chữ số và các ký tự . _ + -, không bắt đầu, kết thúc hay lặp lại dấu chấm.',
    en: 'The part before @ is not valid: use unaccented letters, digits and . _ + - only, with no leading, trailing or double dots.',
  },
  EMAIL_LOCAL_TOO_LONG: {
    vi: 'Phần trước ký tự @ của địa chỉ email quá dài (tối đa 64 ký tự).',
    en: 'The part before @ is too long (64 characters at most).',
  },
  EMAIL_DOMAIN_INVALID: {
    vi: 'Tên miền sau ký tự @ không hợp lệ. Vui lòng kiểm tra lại, ví dụ: gmail.com.',
    en: 'The domain after @ is not valid. Please check it, e.g. gmail.com.',
  },
};
