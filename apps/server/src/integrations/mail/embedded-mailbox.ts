import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { DevMailboxRepository } from '../../repositories/dev-mailbox.repository.ts';

const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

/**
 * A real SMTP server inside the process (development default): the app sends through
 * nodemailer exactly as in production, and what arrives is kept in the database for /dev/mail.
 */
export class EmbeddedMailbox {
  private server: SMTPServer | null = null;

  constructor(
    private readonly repo: DevMailboxRepository,
    private readonly onError: (err: Error) => void = () => {},
  ) {}

  /** Listens on 127.0.0.1 only; port 0 picks a free port. Resolves with the bound port. */
  async start(port: number): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      size: MAX_MESSAGE_BYTES,
      banner: 'VssID embedded mailbox',
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          this.save(raw, session.envelope)
            .then(() => callback())
            // A storage failure is a temporary SMTP error: the sender keeps the mail and retries.
            .catch((err: Error) => {
              this.onError(err);
              callback(
                Object.assign(new Error('mailbox storage unavailable'), { responseCode: 451 }),
              );
            });
        });
      },
    });
    server.on('error', (err) => this.onError(err));
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    return (server.server.address() as AddressInfo).port;
  }

  private async save(
    raw: string,
    envelope: { mailFrom: false | { address: string }; rcptTo: { address: string }[] },
  ): Promise<void> {
    const parsed = await simpleParser(raw);
    await this.repo.store({
      envelopeFrom: envelope.mailFrom ? envelope.mailFrom.address : null,
      envelopeTo: envelope.rcptTo.map((r) => r.address),
      subject: parsed.subject ?? null,
      messageId: parsed.messageId ?? null,
      raw,
    });
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }
}
