import { esc, layout, type RenderedMail } from './layout.ts';

export type RegistrationSubmittedData = {
  fullName: string;
  applicationNumber: string;
  agencyName: string;
  submittedAt: string;
  /** The status page with the one-time token in its #fragment (never sent to the server by a browser). */
  statusUrl: string;
};

/** After "Xác nhận": the application number, the status link and the declaration PDF attached. */
export function registrationSubmitted(d: RegistrationSubmittedData): RenderedMail {
  const subject = `Đã nhận hồ sơ đăng ký tài khoản VssID số ${d.applicationNumber}`;
  const text = [
    `Xin chào ${d.fullName},`,
    '',
    `${d.agencyName} đã nhận hồ sơ đăng ký tài khoản VssID của bạn lúc ${d.submittedAt}, số hồ sơ ${d.applicationNumber}. Hồ sơ đang chờ duyệt.`,
    '',
    'Thư này đính kèm "Tờ khai đăng ký sử dụng phương thức giao dịch điện tử" (PDF). Vui lòng in, ký và nộp cho nhà trường hoặc cơ quan BHXH.',
    '',
    `Tra cứu trạng thái đăng ký: ${d.statusUrl}`,
    'Đường dẫn này dành riêng cho bạn; vui lòng không chia sẻ.',
    '',
    'Khi hồ sơ được duyệt, bạn sẽ nhận ID và mật khẩu qua email này.',
  ].join('\n');
  const html = layout(
    subject,
    `<p>Xin chào ${esc(d.fullName)},</p>
<p><b>${esc(d.agencyName)}</b> đã nhận hồ sơ đăng ký tài khoản VssID của bạn lúc ${esc(d.submittedAt)}, số hồ sơ <b>${esc(d.applicationNumber)}</b>. Hồ sơ đang <b>chờ duyệt</b>.</p>
<p>Thư này đính kèm <b>Tờ khai đăng ký sử dụng phương thức giao dịch điện tử</b> (PDF). Vui lòng in, ký và nộp cho nhà trường hoặc cơ quan BHXH.</p>
<p><a href="${esc(d.statusUrl)}" style="display:inline-block;background:#0a5cb8;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none">Tra cứu trạng thái đăng ký</a></p>
<p style="color:#4a5561;font-size:14px">Đường dẫn này dành riêng cho bạn; vui lòng không chia sẻ. Khi hồ sơ được duyệt, bạn sẽ nhận ID và mật khẩu qua email này.</p>`,
  );
  return { subject, html, text };
}
