/**
 * Strings of "Gửi nhắc nhở" and "In áp phích" (namespace "orgReminders"): their own namespace,
 * registered with the portal's, so the drive's other screens keep their catalogue to themselves.
 */
export const remindersVi = {
  select: 'Chọn {{name}}',
  selectPage: 'Chọn cả trang',
  selected_one: 'Đã chọn {{count}} sinh viên',
  selected_other: 'Đã chọn {{count}} sinh viên',
  selectAll: 'Chọn tất cả {{count}} sinh viên khớp bộ lọc',
  allSelected: 'Đã chọn tất cả {{count}} sinh viên khớp bộ lọc',
  clear: 'Bỏ chọn',
  send: 'Gửi nhắc nhở',
  sending: 'Đang gửi…',
  rule: 'Mỗi sinh viên nhận tối đa một thư nhắc mỗi ngày; sinh viên đã được duyệt không bị nhắc.',
  reminded: 'Đã nhắc {{at}}',
  poster: 'In áp phích',
  posterTitle: 'Áp phích đăng ký VssID',
  scan: 'Quét mã để đăng ký VssID',
  posterDeadline: 'Hạn đăng ký: {{date}}',
  posterLead: 'Sinh viên chưa có tài khoản VssID hãy đăng ký ngay bằng điện thoại.',
  posterSteps:
    'Mở camera điện thoại, quét mã, điền mã số BHXH và họ tên, chụp ảnh giấy tờ, gửi hồ sơ.',
  print: 'In',
  back: 'Quay lại đợt đăng ký',
};
export const remindersEn: typeof remindersVi = {
  select: 'Select {{name}}',
  selectPage: 'Select the whole page',
  selected_one: '{{count}} student selected',
  selected_other: '{{count}} students selected',
  selectAll: 'Select all {{count}} students matching the filter',
  allSelected: 'All {{count}} students matching the filter are selected',
  clear: 'Clear selection',
  send: 'Send reminders',
  sending: 'Sending…',
  rule: 'Each student gets at most one reminder a day; approved students are never reminded.',
  reminded: 'Reminded {{at}}',
  poster: 'Print poster',
  posterTitle: 'VssID registration poster',
  scan: 'Scan to register for VssID',
  posterDeadline: 'Registration deadline: {{date}}',
  posterLead: 'Students without a VssID account: register now with your phone.',
  posterSteps:
    'Open the phone camera, scan the code, fill in your social insurance code and name, photograph your ID, send.',
  print: 'Print',
  back: 'Back to the drive',
};
