import { esc, layout, type RenderedMail } from './layout.ts';

export type FeedbackReceivedData = { reference: string; content: string; receivedAt: string };

/** Acknowledges a "Góp ý" to the address the person left for a reply. */
export function feedbackReceived(d: FeedbackReceivedData): RenderedMail {
  const subject = `Đã nhận góp ý của bạn (mã ${d.reference})`;
  const text = [
    'Xin chào,',
    '',
    `Bảo hiểm xã hội Việt Nam đã nhận góp ý của bạn lúc ${d.receivedAt}, mã góp ý ${d.reference}.`,
    'Chúng tôi sẽ phản hồi qua địa chỉ email này.',
    '',
    'Nội dung bạn đã gửi:',
    d.content,
  ].join('\n');
  const html = layout(
    subject,
    `<p>Xin chào,</p>
<p>Bảo hiểm xã hội Việt Nam đã nhận góp ý của bạn lúc <b>${esc(d.receivedAt)}</b>, mã góp ý <b>${esc(d.reference)}</b>. Chúng tôi sẽ phản hồi qua địa chỉ email này.</p>
<p style="margin-bottom:4px">Nội dung bạn đã gửi:</p>
<blockquote style="margin:0;padding:8px 12px;border-left:4px solid #0a5cb8;background:#f2f5f9;white-space:pre-wrap">${esc(d.content)}</blockquote>`,
  );
  return { subject, html, text };
}
