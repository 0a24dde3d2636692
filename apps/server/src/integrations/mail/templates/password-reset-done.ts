import { esc, layout, type RenderedMail } from './layout.ts';

export type PasswordResetDoneData = { password: string; resetAt: string };

/** The new password after "Xác nhận"; the next sign-in asks the person to choose their own. */
export function passwordResetDone(d: PasswordResetDoneData): RenderedMail {
  const subject = 'Mật khẩu mới cho tài khoản VssID';
  const text = [
    'Xin chào,',
    '',
    `Theo yêu cầu lúc ${d.resetAt}, mật khẩu tài khoản VssID của bạn đã được đặt lại.`,
    `Mật khẩu mới: ${d.password}`,
    '',
    'Mọi thiết bị đang đăng nhập đã được đăng xuất. Khi đăng nhập lần tới, ứng dụng sẽ yêu cầu bạn',
    'đổi sang mật khẩu của riêng mình.',
    'Nếu bạn không yêu cầu việc này, hãy gọi tổng đài 1900 9068.',
  ].join('\n');
  const html = layout(
    subject,
    `<p>Xin chào,</p>
<p>Theo yêu cầu lúc <b>${esc(d.resetAt)}</b>, mật khẩu tài khoản VssID của bạn đã được đặt lại.</p>
<p>Mật khẩu mới:</p>
<p style="font-size:22px;font-family:monospace;font-weight:bold;margin:8px 0">${esc(d.password)}</p>
<p>Mọi thiết bị đang đăng nhập đã được đăng xuất. Khi đăng nhập lần tới, ứng dụng sẽ yêu cầu bạn đổi sang mật khẩu của riêng mình.</p>
<p>Nếu bạn không yêu cầu việc này, hãy gọi tổng đài 1900 9068.</p>`,
  );
  return { subject, html, text };
}
