import { esc, layout, type RenderedMail } from './layout.ts';

export type RegistrationRejectedData = {
  fullName: string;
  applicationNumber: string;
  agencyName: string;
  agencyPhone: string;
  reason: string;
  note: string;
};

/** "Từ chối": the reason, and that the person may register again. */
export function registrationRejected(d: RegistrationRejectedData): RenderedMail {
  const subject = `Hồ sơ đăng ký tài khoản VssID số ${d.applicationNumber} chưa được duyệt`;
  const text = [
    `Xin chào ${d.fullName},`,
    '',
    `${d.agencyName} chưa duyệt hồ sơ đăng ký số ${d.applicationNumber}.`,
    `Lý do: ${d.reason}${d.note ? ` – ${d.note}` : ''}`,
    '',
    'Bạn có thể đăng ký lại trên ứng dụng VssID sau khi bổ sung, chỉnh sửa theo lý do trên.',
    `Cần hỗ trợ, vui lòng liên hệ ${d.agencyName}: ${d.agencyPhone} hoặc tổng đài 1900 9068.`,
  ].join('\n');
  const html = layout(
    subject,
    `<p>Xin chào ${esc(d.fullName)},</p>
<p><b>${esc(d.agencyName)}</b> chưa duyệt hồ sơ đăng ký số <b>${esc(d.applicationNumber)}</b>.</p>
<p>Lý do: <b>${esc(d.reason)}</b>${d.note ? ` – ${esc(d.note)}` : ''}</p>
<p>Bạn có thể <b>đăng ký lại</b> trên ứng dụng VssID sau khi bổ sung, chỉnh sửa theo lý do trên. Cần hỗ trợ, vui lòng liên hệ ${esc(d.agencyName)}: ${esc(d.agencyPhone)} hoặc tổng đài 1900 9068.</p>`,
  );
  return { subject, html, text };
}
