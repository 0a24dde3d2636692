/** Escapes text for HTML bodies; every template value goes through it. */
export function esc(value: string | number): string {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * The frame every mail shares. Inline styles only: mail clients ignore stylesheets.
 * `bodyHtml` must already be escaped.
 */
export function layout(title: string, bodyHtml: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(title)}</title></head>
<body style="margin:0;background:#f2f5f9;font-family:Arial,Helvetica,sans-serif;color:#1b1f24;font-size:16px;line-height:1.5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;overflow:hidden">
<tr><td style="background:#0a5cb8;color:#ffffff;padding:16px 20px;font-weight:bold">BẢO HIỂM XÃ HỘI VIỆT NAM · VssID</td></tr>
<tr><td style="padding:20px">${bodyHtml}</td></tr>
<tr><td style="padding:12px 20px;background:#f7f9fc;color:#4a5561;font-size:13px">Thư này được gửi tự động, vui lòng không trả lời. Hỗ trợ: tổng đài 1900 9068.</td></tr>
</table></td></tr></table></body></html>`;
}

export type RenderedMail = { subject: string; html: string; text: string };
