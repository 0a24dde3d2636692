/** Messages for the public lookups and directory management (see lookups.ts). */
export const LOOKUP_MESSAGES = {
  LOOKUP_QUERY_TOO_LONG: {
    vi: 'Nội dung tìm kiếm tối đa 100 ký tự.',
    en: 'Search text can be at most 100 characters.',
  },
  LOOKUP_QUERY_TOO_SHORT: {
    vi: 'Vui lòng nhập ít nhất 2 ký tự để tìm kiếm.',
    en: 'Please type at least 2 characters to search.',
  },
  LOOKUP_LOCATION_INVALID: {
    vi: 'Vị trí không hợp lệ. Vui lòng thử lại "Gần tôi".',
    en: 'The location is not valid. Please try "Near me" again.',
  },
  LOOKUP_DAILY_LIMIT: {
    vi: 'Bạn đã tra cứu quá số lần cho phép trong ngày. Vui lòng thử lại vào ngày mai hoặc gọi tổng đài 1900 9068.',
    en: 'You have reached the number of lookups allowed today. Please try again tomorrow or call 1900 9068.',
  },
  CHALLENGE_REQUIRED: {
    vi: 'Vui lòng chờ giây lát để hệ thống xác minh bạn không phải máy tự động.',
    en: 'Please wait a moment while we check that you are not an automated program.',
  },
  CHALLENGE_INVALID: {
    vi: 'Bước xác minh đã hết hạn hoặc không hợp lệ. Vui lòng bấm "Tra cứu" lại.',
    en: 'The check has expired or is not valid. Please tap "Look up" again.',
  },
  DIRECTORY_ENTRY_NOT_FOUND: {
    vi: 'Không tìm thấy bản ghi trong danh mục.',
    en: 'The directory entry was not found.',
  },
  DIRECTORY_CODE_TAKEN: {
    vi: 'Mã này đã được dùng cho một bản ghi khác.',
    en: 'This code is already used by another entry.',
  },
  IMPORT_OUT_OF_SCOPE: {
    vi: 'Không thuộc phạm vi quản lý của cơ quan (tỉnh/thành phố khác).',
    en: 'Outside the responsibility of the agency (another province).',
  },
  IMPORT_UNKNOWN_PLACE: {
    vi: 'Mã tỉnh/thành phố hoặc xã/phường không có trong danh mục đơn vị hành chính.',
    en: 'Unknown province or commune code.',
  },
  IMPORT_UNKNOWN_AGENCY: {
    vi: 'Mã cơ quan BHXH quản lý không có trong danh mục.',
    en: 'Unknown managing agency code.',
  },
  // Back office: directory edit form and import (apps/server/src/services/imports/directory-rows.ts).
  DIRECTORY_CODE_INVALID: {
    vi: 'Mã chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới (tối đa 20 ký tự).',
    en: 'The code may only contain letters without accents, digits, dots, hyphens or underscores (up to 20).',
  },
  DIRECTORY_FACILITY_CODE_INVALID: {
    vi: 'Mã CSKCB gồm đúng 5 chữ số.',
    en: 'The facility code has exactly 5 digits.',
  },
  DIRECTORY_UNIT_CODE_INVALID: {
    vi: 'Mã đơn vị gồm 3–12 chữ cái không dấu hoặc chữ số, ví dụ TA1234A.',
    en: 'The unit code has 3–12 letters or digits, e.g. TA1234A.',
  },
  DIRECTORY_TAX_CODE_INVALID: {
    vi: 'Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số với chi nhánh.',
    en: 'The tax code has 10 digits, or 10 digits, a hyphen and 3 digits for a branch.',
  },
  DIRECTORY_PHONE_INVALID: {
    vi: 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm và dấu +.',
    en: 'A phone number may only contain digits, spaces, dots and +.',
  },
  DIRECTORY_EMAIL_INVALID: {
    vi: 'Địa chỉ thư điện tử không hợp lệ.',
    en: 'The email address is not valid.',
  },
  DIRECTORY_OPTION_INVALID: {
    vi: 'Vui lòng chọn một giá trị trong danh sách.',
    en: 'Please choose one of the values in the list.',
  },
  DIRECTORY_HOURS_INVALID: {
    vi: 'Giờ làm việc ghi theo mẫu "Thứ Hai – Thứ Sáu: 7:30–11:30, 13:30–16:30; sáng Thứ Bảy: 7:30–11:30".',
    en: 'Write the hours as "Thứ Hai – Thứ Sáu: 7:30–11:30, 13:30–16:30; sáng Thứ Bảy: 7:30–11:30".',
  },
  DIRECTORY_BOOLEAN_INVALID: {
    vi: 'Chỉ nhận 1/0, có/không, true/false, x hoặc để trống.',
    en: 'Only 1/0, có/không, true/false, x or empty are accepted.',
  },
  DIRECTORY_COORDINATES_INVALID: {
    vi: 'Vĩ độ từ 8 đến 24, kinh độ từ 102 đến 110 (trong lãnh thổ Việt Nam); nhập cả hai hoặc để trống cả hai.',
    en: 'Latitude 8–24 and longitude 102–110 (inside Viet Nam); give both or leave both empty.',
  },
  DIRECTORY_COMMUNE_NOT_FOUND: {
    vi: 'Mã xã/phường không có trong danh mục đơn vị hành chính.',
    en: 'Unknown commune code.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
