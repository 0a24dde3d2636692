import { esc, layout, type RenderedMail } from './layout.ts';

export type RegistrationApprovedData = {
  fullName: string;
  applicationNumber: string;
  bhxhCode: string;
  password: string;
  agencyName: string;
};

/** "Duyệt": the account's "ID và mật khẩu"; the password must be changed at first sign-in. */
export function registrationApproved(d: RegistrationApprovedData): RenderedMail {
  const subject = 'ID và mật khẩu tài khoản VssID của bạn';
  const text = [
    `Xin chào ${d.fullName},`,
    '',
    `${d.agencyName} đã duyệt hồ sơ đăng ký số ${d.applicationNumber}. Tài khoản VssID của bạn:`,
    `ID (mã số BHXH): ${d.bhxhCode}`,
    `Mật khẩu: ${d.password}`,
    '',
    'Vì an toàn, ứng dụng sẽ yêu cầu bạn đổi mật khẩu ở lần đăng nhập đầu tiên.',
    'Không chia sẻ mật khẩu với bất kỳ ai, kể cả người xưng là cán bộ BHXH.',
  ].join('\n');
  const html = layout(
    subject,
    `<p>Xin chào ${esc(d.fullName)},</p>
<p><b>${esc(d.agencyName)}</b> đã duyệt hồ sơ đăng ký số <b>${esc(d.applicationNumber)}</b>. Tài khoản VssID của bạn:</p>
<table role="presentation" cellpadding="6" style="border-collapse:collapse;background:#f2f5f9;border-radius:6px">
<tr><td>ID (mã số BHXH)</td><td style="font-weight:bold;font-size:18px">${esc(d.bhxhCode)}</td></tr>
<tr><td>Mật khẩu</td><td style="font-weight:bold;font-size:18px;font-family:monospace">${esc(d.password)}</td></tr>
</table>
<p>Vì an toàn, ứng dụng sẽ yêu cầu bạn <b>đổi mật khẩu ở lần đăng nhập đầu tiên</b>. Không chia sẻ mật khẩu với bất kỳ ai, kể cả người xưng là cán bộ BHXH.</p>`,
  );
  return { subject, html, text };
}
