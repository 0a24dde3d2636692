import type { ParsedMail } from 'mailparser';
import { esc } from '../../integrations/mail/templates/layout.ts';
import { vnDateTime } from '../../lib/vn-time.ts';

type Summary = { id: string; subject: string | null; envelopeTo: string[]; receivedAt: Date };

const PAGE_STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#f2f5f9;color:#1b1f24;font-size:16px}
header{background:#0a5cb8;color:#fff;padding:12px 16px}h1{font-size:20px;margin:0}
main{padding:16px;max-width:960px;margin:auto}table{width:100%;border-collapse:collapse;background:#fff}
td,th{padding:10px;border-bottom:1px solid #dde3ea;text-align:left}a{color:#0a5cb8}
.meta{background:#fff;padding:12px;margin-bottom:12px}iframe{width:100%;height:70vh;border:1px solid #dde3ea;background:#fff}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${PAGE_STYLE}</style></head><body><header><h1>Hộp thư phát triển · ${esc(title)}</h1></header><main>${body}</main></body></html>`;
}

/** The list at /dev/mail: newest first. */
export function listPage(mails: Summary[], embedded: boolean): string {
  if (!embedded) {
    return page(
      'Hộp thư',
      '<p>Thư đang được gửi qua máy chủ SMTP thật (SMTP_URL), không lưu ở đây.</p>',
    );
  }
  const rows = mails
    .map(
      (m) =>
        `<tr><td>${esc(vnDateTime(m.receivedAt))}</td><td>${esc(m.envelopeTo.join(', '))}</td><td><a href="/dev/mail/${esc(m.id)}">${esc(m.subject ?? '(không tiêu đề)')}</a></td></tr>`,
    )
    .join('');
  const table = mails.length
    ? `<table><thead><tr><th>Thời gian</th><th>Người nhận</th><th>Tiêu đề</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p>Chưa có thư nào.</p>';
  return page('Hộp thư', table);
}

/** One mail: headers, attachments, and the HTML body in a sandboxed frame (no scripts). */
export function messagePage(id: string, mail: ParsedMail): string {
  const attachments = mail.attachments
    .map(
      (a, i) =>
        `<li><a href="/dev/mail/${esc(id)}/attachments/${i}">${esc(a.filename ?? `tệp ${i + 1}`)}</a> (${esc(a.contentType)}, ${a.size} byte)</li>`,
    )
    .join('');
  const body = mail.html
    ? `<iframe sandbox title="Nội dung thư" srcdoc="${esc(mail.html)}"></iframe>`
    : `<pre>${esc(mail.text ?? '')}</pre>`;
  return page(
    mail.subject ?? 'Thư',
    `<p><a href="/dev/mail">‹ Tất cả thư</a></p><div class="meta"><div><b>Tiêu đề:</b> ${esc(mail.subject ?? '')}</div>
<div><b>Từ:</b> ${esc(mail.from?.text ?? '')}</div><div><b>Đến:</b> ${esc(toText(mail))}</div>
<div><b>Message-ID:</b> ${esc(mail.messageId ?? '')}</div>${attachments ? `<div><b>Tệp đính kèm:</b><ul>${attachments}</ul></div>` : ''}</div>${body}`,
  );
}

function toText(mail: ParsedMail): string {
  const to = mail.to;
  if (!to) return '';
  return Array.isArray(to) ? to.map((t) => t.text).join(', ') : to.text;
}
