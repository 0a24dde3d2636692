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
    vi: 'Bản ghi thuộc tỉnh/thành phố ngoài phạm vi quản lý của bạn.',
    en: 'The entry belongs to a province outside your responsibility.',
  },
  IMPORT_UNKNOWN_PLACE: {
    vi: 'Mã tỉnh/thành phố hoặc xã/phường không có trong danh mục đơn vị hành chính.',
    en: 'Unknown province or commune code.',
  },
  IMPORT_UNKNOWN_AGENCY: {
    vi: 'Mã cơ quan BHXH quản lý không có trong danh mục.',
    en: 'Unknown managing agency code.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
