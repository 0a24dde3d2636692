import { esc, layout, type RenderedMail } from './layout.ts';

export type RegistrationOtpData = { code: string; fullName: string };

/** "Gửi" at step 4: the 6-digit code that confirms the registration email (valid 4 minutes). */
export function registrationOtp(d: RegistrationOtpData): RenderedMail {
  const subject = 'Mã OTP xác nhận đăng ký tài khoản VssID';
  const text = [
    `Xin chào ${d.fullName},`,
    '',
    `Mã OTP xác nhận đăng ký tài khoản VssID của bạn là: ${d.code}`,
    'Mã có hiệu lực trong 4 phút và chỉ dùng được một lần.',
    '',
    'Nếu bạn không đăng ký tài khoản VssID, hãy bỏ qua thư này.',
    'Không chia sẻ mã này với bất kỳ ai, kể cả người xưng là cán bộ BHXH.',
  ].join('\n');
  const html = layout(
    subject,
    `<p>Xin chào ${esc(d.fullName)},</p>
<p>Mã OTP xác nhận đăng ký tài khoản VssID của bạn là:</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:6px;margin:8px 0">${esc(d.code)}</p>
<p>Mã có hiệu lực trong <b>4 phút</b> và chỉ dùng được một lần.</p>
<p>Nếu bạn không đăng ký tài khoản VssID, hãy bỏ qua thư này. Không chia sẻ mã này với bất kỳ ai, kể cả người xưng là cán bộ BHXH.</p>`,
  );
  return { subject, html, text };
}
