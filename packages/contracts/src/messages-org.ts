/** Messages of the organization portal (organization.ts): roster import problems and errors. */
export const ORG_MESSAGES = {
  DRIVE_NOT_FOUND: { vi: 'Không tìm thấy đợt đăng ký.', en: 'Registration drive not found.' },
  ROSTER_IMPORT_NOT_FOUND: {
    vi: 'Không tìm thấy lượt nhập danh sách.',
    en: 'Roster import not found.',
  },
  ROSTER_FILE_REQUIRED: {
    vi: 'Vui lòng chọn tệp danh sách (CSV hoặc Excel .xlsx).',
    en: 'Please choose a roster file (CSV or Excel .xlsx).',
  },
  ROSTER_FILE_UNSUPPORTED: {
    vi: 'Chỉ nhận tệp CSV hoặc Excel (.xlsx).',
    en: 'Only CSV or Excel (.xlsx) files are accepted.',
  },
  ROSTER_XLSX_INVALID: {
    vi: 'Không đọc được tệp Excel. Hãy lưu lại dạng .xlsx hoặc CSV rồi nhập lại.',
    en: 'The Excel file could not be read. Save it again as .xlsx or CSV and import it again.',
  },
  ROSTER_HEADER_INVALID: {
    vi: 'Dòng 1 phải là tiêu đề: Mã sinh viên, Họ và tên, Ngày sinh, Khoa, Lớp, Mã số BHXH, Email, Số điện thoại.',
    en: 'Line 1 must be the header: Mã sinh viên, Họ và tên, Ngày sinh, Khoa, Lớp, Mã số BHXH, Email, Số điện thoại.',
  },
  ROSTER_FIELD_REQUIRED: { vi: 'Thiếu thông tin bắt buộc', en: 'A required value is missing' },
  ROSTER_FIELD_TOO_LONG: { vi: 'Nội dung quá dài', en: 'A value is too long' },
  ROSTER_DATE_INVALID: {
    vi: 'Ngày sinh không hợp lệ (dạng ngày/tháng/năm, ví dụ 17/04/2005)',
    en: 'The birth date is not valid (day/month/year, e.g. 17/04/2005)',
  },
  ROSTER_BHXH_CODE_INVALID: {
    vi: 'Mã số BHXH phải gồm 10 chữ số',
    en: 'The social insurance code must have 10 digits',
  },
  ROSTER_EMAIL_INVALID: { vi: 'Email không hợp lệ', en: 'The email is not valid' },
  ROSTER_PHONE_INVALID: {
    vi: 'Số điện thoại không hợp lệ (10 chữ số, bắt đầu bằng 0)',
    en: 'The phone number is not valid (10 digits starting with 0)',
  },
  ROSTER_DUPLICATE_STUDENT: {
    vi: 'Mã sinh viên trùng với một dòng trước trong tệp',
    en: 'The student code repeats an earlier line of the file',
  },
  ROSTER_DUPLICATE_PERSON: {
    vi: 'Người này đã có trong danh sách với mã sinh viên khác',
    en: 'This person is already on the roster under another student code',
  },
  // One answer whether the code exists or the name or birth date differs: a school learns
  // nothing about codes that are not its students' (no way to test which codes exist).
  ROSTER_CODE_MISMATCH: {
    vi: 'Mã số BHXH, họ tên và ngày sinh không khớp với dữ liệu BHXH; hãy kiểm tra lại cả ba',
    en: 'The social insurance code, name and birth date do not match BHXH records; check all three',
  },
  ROSTER_NOT_FOUND: {
    vi: 'Không tìm thấy người tham gia BHXH có họ tên và ngày sinh này; hãy ghi mã số BHXH',
    en: 'Nobody insured has this name and birth date; give the social insurance code',
  },
  ROSTER_AMBIGUOUS: {
    vi: 'Có nhiều người tham gia BHXH trùng họ tên và ngày sinh; hãy ghi mã số BHXH',
    en: 'Several insured people share this name and birth date; give the social insurance code',
  },
} as const;
