import { DOMAIN_MESSAGES } from '@vssid/domain';
import { AUTH_MESSAGES } from './messages-auth.ts';
import { DECLARATION_MESSAGES } from './messages-declarations.ts';
import { LOOKUP_MESSAGES } from './messages-lookups.ts';
import { ORG_MESSAGES } from './messages-org.ts';
import { RECORDS_MESSAGES } from './messages-records.ts';
import { REGISTRATION_MESSAGES } from './messages-registration.ts';
import { REMINDER_MESSAGES } from './messages-reminders.ts';

export type Lang = 'vi' | 'en';

/**
 * Messages for error codes that are not domain rules: request-level problems and form fields.
 * Schemas carry these codes as their zod messages, so the browser and the server show exactly
 * the same sentence for the same mistake.
 */
export const API_MESSAGES = {
  VALIDATION_FAILED: {
    vi: 'Thông tin chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.',
    en: 'Some information is not valid. Please check the marked fields.',
  },
  FIELD_REQUIRED: { vi: 'Vui lòng nhập thông tin này.', en: 'Please fill in this field.' },
  FIELD_TOO_LONG: { vi: 'Nội dung quá dài.', en: 'This is too long.' },
  FIELD_INVALID: { vi: 'Giá trị không hợp lệ.', en: 'This value is not valid.' },
  FIELD_BAD_CHARACTERS: {
    vi: 'Có ký tự không hợp lệ (ký tự ẩn hoặc lỗi mã hoá). Vui lòng xoá và nhập lại.',
    en: 'This contains characters that are not allowed (hidden or badly encoded). Please delete it and type it again.',
  },
  FEEDBACK_CONTENT_TOO_SHORT: {
    vi: 'Nội dung góp ý cần ít nhất 10 ký tự.',
    en: 'Your feedback needs at least 10 characters.',
  },
  FEEDBACK_CONTENT_TOO_LONG: {
    vi: 'Nội dung góp ý tối đa 2.000 ký tự.',
    en: 'Your feedback can be at most 2,000 characters.',
  },
  FEEDBACK_CATEGORY_INVALID: {
    vi: 'Vui lòng chọn loại góp ý.',
    en: 'Please choose a feedback type.',
  },
  PASSWORD_REQUIRED: { vi: 'Vui lòng nhập mật khẩu.', en: 'Please enter your password.' },
  USERNAME_REQUIRED: { vi: 'Vui lòng nhập tên đăng nhập.', en: 'Please enter your username.' },
  OTP_REQUIRED: { vi: 'Vui lòng nhập mã OTP.', en: 'Please enter the code.' },
  OTP_FORMAT: { vi: 'Mã OTP gồm 6 chữ số.', en: 'The code has 6 digits.' },
  TOTP_FORMAT: {
    vi: 'Mã xác thực gồm 6 chữ số trong ứng dụng xác thực.',
    en: 'The code has 6 digits from your authenticator app.',
  },
  UNAUTHENTICATED: {
    vi: 'Phiên đăng nhập đã hết hạn hoặc bạn chưa đăng nhập. Vui lòng đăng nhập lại.',
    en: 'Your session has ended or you are not signed in. Please sign in again.',
  },
  FORBIDDEN: {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
    en: 'You need to change your password before continuing.',
  },
  REAUTH_REQUIRED: {
    vi: 'Vì an toàn, vui lòng đăng nhập lại để thực hiện thao tác này.',
    en: 'For your safety, please sign in again to do this.',
  },
  CSRF_FAILED: {
    vi: 'Yêu cầu không hợp lệ. Vui lòng tải lại trang và thử lại.',
    en: 'The request was not valid. Please reload the page and try again.',
  },
  OTP_INVALID: {
    vi: 'Mã OTP không đúng. Vui lòng kiểm tra email và nhập lại.',
    en: 'The code is not correct. Check your email and try again.',
  },
  OTP_EXPIRED: {
    vi: 'Mã OTP đã hết hạn (mã chỉ có hiệu lực 4 phút). Vui lòng bấm "Gửi lại mã".',
    en: 'The code has expired (codes are valid for 4 minutes). Please tap "Resend code".',
  },
  OTP_LOCKED: {
    vi: 'Bạn đã nhập sai mã OTP quá 5 lần nên mã đã bị hủy. Vui lòng yêu cầu mã mới.',
    en: 'The code was entered wrongly 5 times and is no longer valid. Please request a new one.',
  },
  OTP_RESEND_TOO_EARLY: {
    vi: 'Vui lòng chờ 60 giây trước khi gửi lại mã.',
    en: 'Please wait 60 seconds before requesting a new code.',
  },
  OTP_SEND_LIMIT: {
    vi: 'Bạn đã yêu cầu quá 5 mã trong một giờ. Vui lòng thử lại sau.',
    en: 'You have requested more than 5 codes in an hour. Please try again later.',
  },
  NOT_FOUND: { vi: 'Không tìm thấy nội dung yêu cầu.', en: 'Not found.' },
  MAIL_IP_LIMIT: {
    vi: 'Đã có quá nhiều yêu cầu gửi email từ mạng của bạn trong một giờ. Vui lòng thử lại sau ít phút.',
    en: 'Too many email requests came from your network in an hour. Please try again in a few minutes.',
  },
  MAIL_RECIPIENT_LIMIT: {
    vi: 'Địa chỉ email này đã nhận đủ số thư cho phép trong ngày. Vui lòng thử lại vào ngày mai hoặc dùng địa chỉ email khác.',
    en: 'This email address has received as many messages as allowed today. Please try again tomorrow or use another address.',
  },
  RATE_LIMITED: {
    vi: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.',
    en: 'Too many requests. Please try again in a few minutes.',
  },
  DB_UNAVAILABLE: {
    vi: 'Hệ thống đang tạm gián đoạn. Vui lòng thử lại sau ít phút; thông tin bạn đã nhập vẫn được giữ nguyên.',
    en: 'The service is temporarily unavailable. Please try again in a few minutes; what you typed is kept.',
  },
  DATA_INVALID: {
    vi: 'Dữ liệu gửi lên có giá trị không hợp lệ (ký tự lạ, quá dài hoặc sai định dạng). Vui lòng kiểm tra và thử lại.',
    en: 'Some of the data sent is not valid (an unexpected character, too long or in the wrong format). Please check and try again.',
  },
  DATA_CONFLICT: {
    vi: 'Dữ liệu vừa được thay đổi bởi một thao tác khác. Vui lòng tải lại trang và thử lại.',
    en: 'This was just changed by another action. Please reload and try again.',
  },
  PAYLOAD_TOO_LARGE: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  BAD_REQUEST: { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  INTERNAL: {
    vi: 'Đã có lỗi xảy ra. Vui lòng thử lại; nếu vẫn lỗi, hãy liên hệ tổng đài 1900 9068.',
    en: 'Something went wrong. Please try again; if it persists, call 1900 9068.',
  },
  NETWORK: {
    vi: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại; thông tin bạn đã nhập vẫn được giữ nguyên.',
    en: 'Cannot reach the server. Check your connection and try again; what you typed is kept.',
  },
  // The same two failures where nothing was typed (a list, a card, a search result): "what you
  // typed is kept" belongs only to forms.
  NETWORK_READ: {
    vi: 'Không kết nối được máy chủ nên chưa tải được nội dung này. Vui lòng kiểm tra mạng và thử lại.',
    en: 'Cannot reach the server, so this could not be loaded. Check your connection and try again.',
  },
  DB_UNAVAILABLE_READ: {
    vi: 'Hệ thống đang tạm gián đoạn nên chưa tải được nội dung này. Vui lòng thử lại sau ít phút.',
    en: 'The service is temporarily unavailable, so this could not be loaded. Please try again in a few minutes.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type ApiMessageCode = keyof typeof API_MESSAGES;
export type MessageCode =
  | ApiMessageCode
  | keyof typeof DOMAIN_MESSAGES
  | keyof typeof AUTH_MESSAGES
  | keyof typeof REGISTRATION_MESSAGES
  | keyof typeof RECORDS_MESSAGES
  | keyof typeof LOOKUP_MESSAGES
  | keyof typeof ORG_MESSAGES
  | keyof typeof REMINDER_MESSAGES
  | keyof typeof DECLARATION_MESSAGES;

const ALL: Record<string, { vi: string; en: string }> = {
  ...DOMAIN_MESSAGES,
  ...AUTH_MESSAGES,
  ...REGISTRATION_MESSAGES,
  ...RECORDS_MESSAGES,
  ...LOOKUP_MESSAGES,
  ...ORG_MESSAGES,
  ...REMINDER_MESSAGES,
  ...DECLARATION_MESSAGES,
  ...API_MESSAGES,
};

/** Translates a message code; unknown codes fall back to the generic validation message. */
export function translate(code: string, lang: Lang): string {
  const entry = ALL[code] ?? API_MESSAGES.FIELD_INVALID;
  return entry[lang];
}

/** True when the code has a catalogue entry (tests use it to keep the catalogue complete). */
export function hasMessage(code: string): boolean {
  return code in ALL;
}
