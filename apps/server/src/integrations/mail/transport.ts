import nodemailer from 'nodemailer';

export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
};

/** Delivers one mail over SMTP; throws when the relay refuses or cannot be reached. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<{ accepted: string[] }>;
  close(): void;
}

/** A nodemailer SMTP transport. The embedded mailbox and a real relay use the same code path. */
export function smtpTransport(target: string | { host: string; port: number }): MailTransport {
  const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
  const transporter =
    typeof target === 'string'
      ? nodemailer.createTransport(target, timeouts)
      : nodemailer.createTransport({
          host: target.host,
          port: target.port,
          secure: false,
          ignoreTLS: true,
          ...timeouts,
        });
  return {
    async send(mail) {
      const info = await transporter.sendMail(mail);
      return { accepted: info.accepted.map(String) };
    },
    close: () => transporter.close(),
  };
}
