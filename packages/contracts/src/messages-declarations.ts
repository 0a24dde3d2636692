/** Messages of "Đã nộp tờ khai" (declarations.ts): each answer to a scanned or typed number. */
export const DECLARATION_MESSAGES = {
  DECLARATION_NUMBER_REQUIRED: {
    vi: 'Vui lòng nhập mã hồ sơ in trên tờ khai (ví dụ DK-2026-000123).',
    en: 'Please type the application number printed on the form (e.g. DK-2026-000123).',
  },
  DECLARATION_NUMBER_INVALID: {
    vi: 'Mã hồ sơ có dạng DK-năm-số, ví dụ DK-2026-000123. Hãy kiểm tra lại mã trên tờ khai.',
    en: 'An application number reads DK-year-number, e.g. DK-2026-000123. Check the number on the form.',
  },
  DECLARATION_UNKNOWN: {
    vi: 'Không có hồ sơ đăng ký nào mang mã này. Hãy kiểm tra lại mã trên tờ khai.',
    en: 'No application has this number. Check the number on the form.',
  },
  DECLARATION_NOT_ON_ROSTER: {
    vi: 'Tờ khai này không thuộc danh sách sinh viên của đợt: có thể là tờ khai của đơn vị khác. Không nhận tờ khai này.',
    en: "This form is not from a student on this drive's roster: it may belong to another organization. Do not accept it.",
  },
  DECLARATION_OTHER_FACULTY: {
    vi: 'Sinh viên này thuộc khoa khác, ngoài phạm vi của bạn: cán bộ khoa đó hoặc cán bộ đơn vị nhận tờ khai này.',
    en: "This student belongs to another faculty, outside your scope: that faculty's staff or the organization's staff accept this form.",
  },
  DECLARATION_NOT_APPROVED: {
    vi: 'Hồ sơ này đang chờ cơ quan BHXH duyệt. Chỉ nhận tờ khai khi hồ sơ đã được duyệt.',
    en: 'This application is still waiting for the BHXH agency. Accept the form once the application is approved.',
  },
  DECLARATION_REJECTED: {
    vi: 'Hồ sơ này đã bị từ chối. Sinh viên cần gửi lại hồ sơ và nộp tờ khai của hồ sơ mới.',
    en: 'This application was refused. The student must apply again and hand in the form of the new application.',
  },
  DECLARATION_NOT_RECEIVED: {
    vi: 'Tờ khai này chưa được nhận (hoặc đã hoàn tác).',
    en: 'This form has not been received (or the receipt was undone).',
  },
} as const;
