/** Messages for personal-records and import error codes (see records.ts). */
export const RECORDS_MESSAGES = {
  CARD_NOT_FOUND: {
    vi: 'Chưa có thông tin thẻ BHYT của bạn.',
    en: 'There is no health insurance card on record for you yet.',
  },
  RECORDS_NOT_FOUND: {
    vi: 'Không tìm thấy hồ sơ của mã số BHXH này.',
    en: 'No records were found for this social insurance code.',
  },
  IMPORT_NOT_FOUND: { vi: 'Không tìm thấy lượt nhập dữ liệu.', en: 'Import not found.' },
  IMPORT_FILE_REQUIRED: {
    vi: 'Vui lòng chọn tệp CSV để nhập.',
    en: 'Please choose a CSV file to import.',
  },
  IMPORT_HEADER_INVALID: {
    vi: 'Dòng tiêu đề của tệp không đúng mẫu. Vui lòng dùng tệp mẫu.',
    en: 'The header line does not match the template. Please use the template file.',
  },
  IMPORT_UNKNOWN_BHXH_CODE: {
    vi: 'Mã số BHXH không có trong hồ sơ.',
    en: 'Unknown social insurance code.',
  },
  IMPORT_PERIOD_REVERSED: {
    vi: 'Tháng kết thúc trước tháng bắt đầu.',
    en: 'The end month is before the start month.',
  },
  IMPORT_MONTH_IN_FUTURE: {
    vi: 'Tháng hoặc ngày ở tương lai.',
    en: 'A month or date is in the future.',
  },
  IMPORT_SALARY_NOT_NUMBER: {
    vi: 'Tiền lương không phải là số.',
    en: 'The salary is not a number.',
  },
  IMPORT_FIELD_REQUIRED: { vi: 'Thiếu thông tin bắt buộc.', en: 'A required value is missing.' },
  IMPORT_FIELD_INVALID: { vi: 'Giá trị không hợp lệ.', en: 'A value is not valid.' },
  IMPORT_FAILED: {
    vi: 'Nhập dữ liệu bị gián đoạn trước khi đọc hết tệp; chưa dòng nào được nhập. Hãy nhập lại tệp.',
    en: 'The import stopped before the whole file was read; no row was imported. Import the file again.',
  },
  IMPORT_FILE_MALFORMED: {
    vi: 'Tệp không phải là tệp CSV hợp lệ (dấu ngoặc kép không đóng hoặc đặt sai chỗ, hay tệp không phải văn bản). Chưa dòng nào được nhập; hãy sửa tệp tại dòng được chỉ ra rồi nhập lại.',
    en: 'The file is not a valid CSV file (a quote is not closed or misplaced, or the file is not text). No row was imported; fix the file at the line shown and import it again.',
  },
  IMPORT_ID_TAKEN: {
    vi: 'Mã lượt nhập (x-import-id) này đã được dùng. Vui lòng tạo mã mới cho mỗi lượt nhập.',
    en: 'This import id (x-import-id) has already been used. Please use a new id for each import.',
  },
  IMPORT_DUPLICATE: {
    vi: 'Dòng đã có trong hồ sơ, bỏ qua.',
    en: 'Already stored; skipped.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
