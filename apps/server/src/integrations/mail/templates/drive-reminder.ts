import { esc, layout, type RenderedMail } from './layout.ts';

export type DriveReminderData = {
  fullName: string;
  organizationName: string;
  driveName: string;
  /** dd/mm/yyyy */
  deadline: string;
  link: string;
};

/** "Gửi nhắc nhở" (issue 13): the school's reminder, with the student's own registration link. */
export function driveReminder(d: DriveReminderData): RenderedMail {
  const subject = `Nhắc đăng ký VssID trước ngày ${d.deadline}`;
  const text = [
    `Chào ${d.fullName},`,
    '',
    `${d.organizationName} nhắc bạn đăng ký tài khoản VssID trong "${d.driveName}", hạn chót ngày ${d.deadline}.`,
    'Mở liên kết sau: mã số BHXH và họ tên của bạn đã được điền sẵn, hãy kiểm tra lại rồi tiếp tục.',
    d.link,
    '',
    `Liên kết chỉ dành cho bạn và hết hạn sau ngày ${d.deadline}. Không chuyển thư này cho người khác.`,
  ].join('\n');
  const html = layout(
    subject,
    `<p>Chào ${esc(d.fullName)},</p>
<p>${esc(d.organizationName)} nhắc bạn đăng ký tài khoản VssID trong “${esc(d.driveName)}”, hạn chót ngày <b>${esc(d.deadline)}</b>.</p>
<p>Mã số BHXH và họ tên của bạn đã được điền sẵn, hãy kiểm tra lại rồi tiếp tục:</p>
<p><a href="${esc(d.link)}">Đăng ký tài khoản VssID</a></p>
<p>Liên kết chỉ dành cho bạn và hết hạn sau ngày ${esc(d.deadline)}. Không chuyển thư này cho người khác.</p>`,
  );
  return { subject, html, text };
}
