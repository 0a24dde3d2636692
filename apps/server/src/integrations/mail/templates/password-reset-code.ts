import { esc, layout, type RenderedMail } from './layout.ts';

export type PasswordResetCodeData = { code: string; validMinutes: number };

/** "Quên mật khẩu?": the 6-digit code that confirms the request. */
export function passwordResetCode(d: PasswordResetCodeData): RenderedMail {
  const subject = 'Mã OTP khôi phục mật khẩu VssID';
  const text = [
    'Xin chào,',
    '',
    `Mã OTP để khôi phục mật khẩu VssID của bạn là: ${d.code}`,
    `Mã có hiệu lực trong ${d.validMinutes} phút và chỉ dùng được một lần.`,
    '',
    'Nếu bạn không yêu cầu khôi phục mật khẩu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.',
    'Không chia sẻ mã này với bất kỳ ai, kể cả người xưng là cán bộ BHXH.',
  ].join('\n');
  const html = layout(
    subject,
    `<p>Xin chào,</p>
<p>Mã OTP để khôi phục mật khẩu VssID của bạn là:</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:6px;margin:8px 0">${esc(d.code)}</p>
<p>Mã có hiệu lực trong <b>${esc(d.validMinutes)} phút</b> và chỉ dùng được một lần.</p>
<p>Nếu bạn không yêu cầu khôi phục mật khẩu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi. Không chia sẻ mã này với bất kỳ ai, kể cả người xưng là cán bộ BHXH.</p>`,
  );
  return { subject, html, text };
}
