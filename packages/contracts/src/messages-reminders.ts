/** Messages of a drive's reminders and signed links (organization-reminders.ts). */
export const REMINDER_MESSAGES = {
  LINK_INVALID: {
    vi: 'Liên kết đăng ký không hợp lệ. Hãy tự điền thông tin bên dưới.',
    en: 'This registration link is not valid. Please fill in the form below yourself.',
  },
  LINK_EXPIRED: {
    vi: 'Liên kết đăng ký đã hết hạn. Hãy tự điền thông tin bên dưới.',
    en: 'This registration link has expired. Please fill in the form below yourself.',
  },
  REMINDER_RACE: {
    vi: 'Một cán bộ khác vừa gửi nhắc nhở cho các sinh viên này. Hãy tải lại danh sách rồi gửi lại.',
    en: 'Another staff member has just reminded these students. Reload the list and send again.',
  },
  REMINDER_SELECTION_REQUIRED: {
    vi: 'Hãy chọn sinh viên cần nhắc.',
    en: 'Choose the students to remind.',
  },
} as const;
