import { esc, layout, type RenderedMail } from './layout.ts';

export type PasswordChangedData = { name: string; changedAt: string };

/** Notice after every password change, so the owner learns of a change they did not make. */
export function passwordChanged(d: PasswordChangedData): RenderedMail {
  const subject = 'Mật khẩu VssID của bạn vừa được thay đổi';
  const text = [
    `Xin chào ${d.name},`,
    '',
    `Mật khẩu tài khoản VssID của bạn đã được thay đổi lúc ${d.changedAt}.`,
    'Các thiết bị khác đang đăng nhập đã được đăng xuất.',
    '',
    'Nếu không phải bạn thay đổi, hãy chọn "Quên mật khẩu?" trên màn hình đăng nhập để lấy lại',
    'tài khoản ngay, hoặc gọi tổng đài 1900 9068.',
  ].join('\n');
  const html = layout(
    subject,
    `<p>Xin chào ${esc(d.name)},</p>
<p>Mật khẩu tài khoản VssID của bạn đã được thay đổi lúc <b>${esc(d.changedAt)}</b>. Các thiết bị khác đang đăng nhập đã được đăng xuất.</p>
<p>Nếu không phải bạn thay đổi, hãy chọn "Quên mật khẩu?" trên màn hình đăng nhập để lấy lại tài khoản ngay, hoặc gọi tổng đài 1900 9068.</p>`,
  );
  return { subject, html, text };
}
