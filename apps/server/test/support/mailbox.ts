import { simpleParser } from 'mailparser';
import { eventually, type TestApp } from '../helpers.ts';

export type ReceivedMail = {
  subject: string;
  text: string;
  messageId: string | null;
  attachments: { filename: string | null; contentType: string; content: Buffer }[];
};

/**
 * Delivers every due mail now (tests run without queue workers need this; with workers it only
 * helps) and waits until none is left to send. The outbox holds no readable content: tests read
 * what the citizen received, from the embedded mailbox.
 */
export async function deliverAll(t: TestApp): Promise<void> {
  // A decision's mail is held while it can be undone: the tests that read it let that time pass
  // (undo-decision.test.ts tests the hold itself).
  await t.runtime.database.executeSql(
    "update mail_outbox set locked_until = now() - interval '1 second' where status = 'held'",
  );
  const due = async () =>
    (
      await t.runtime.database.executeSql(
        "select id from mail_outbox where status in ('pending', 'held', 'sending') order by created_at",
      )
    ).rows.map((r) => String(r.id));
  for (const id of await due()) await t.runtime.mail.deliver(id);
  await eventually(async () => ((await due()).length === 0 ? true : undefined), 30_000);
}

/** What the embedded mailbox received for `to`, newest first (after delivering what is due). */
export async function mailsTo(t: TestApp, to: string): Promise<ReceivedMail[]> {
  await deliverAll(t);
  return received(t, to);
}

/** What the embedded mailbox received for `to` so far, newest first. */
export async function received(t: TestApp, to: string): Promise<ReceivedMail[]> {
  const rows = (
    await t.runtime.database.executeSql(
      'select raw, message_id from dev_mailbox where envelope_to @> jsonb_build_array($1::text) order by received_at desc',
      [to],
    )
  ).rows;
  return Promise.all(
    rows.map(async (r) => {
      const parsed = await simpleParser(String(r.raw));
      return {
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        messageId: (r.message_id as string | null) ?? null,
        attachments: parsed.attachments.map((a) => ({
          filename: a.filename ?? null,
          contentType: a.contentType,
          content: a.content,
        })),
      };
    }),
  );
}

/** How a template's mail is recognised in the mailbox (its subject). */
const SUBJECTS: Record<string, RegExp> = {
  'registration-otp': /^Mã OTP xác nhận đăng ký/,
  'registration-submitted': /^Đã nhận hồ sơ đăng ký/,
  'registration-approved': /^ID và mật khẩu/,
  'registration-rejected': /chưa được duyệt$/,
  'password-reset-code': /^Mã OTP khôi phục mật khẩu/,
  'password-reset-done': /^Mật khẩu mới/,
  'password-changed': /vừa được thay đổi$/,
  'feedback-received': /^Đã nhận góp ý/,
};

/** The mails of one template `to` received, newest first. */
export async function mailsOf(t: TestApp, template: string, to: string): Promise<ReceivedMail[]> {
  await deliverAll(t);
  return receivedOf(t, template, to);
}

/** The mails of one template `to` received so far (nothing delivered by the test), newest first. */
export async function receivedOf(
  t: TestApp,
  template: string,
  to: string,
): Promise<ReceivedMail[]> {
  const subject = SUBJECTS[template];
  if (!subject) throw new Error(`unknown template ${template}`);
  return (await received(t, to)).filter((m) => subject.test(m.subject));
}

/** True when no mail is left to send and no delivery job is waiting or running. */
export async function mailSettled(t: TestApp): Promise<boolean> {
  const r = await t.runtime.database.executeSql(
    `select (select count(*)::int from mail_outbox where status in ('pending', 'sending')) as due,
            (select count(*)::int from pgboss.job where name = 'mail.deliver'
               and state in ('created', 'retry', 'active')) as jobs`,
  );
  return r.rows[0]!.due === 0 && r.rows[0]!.jobs === 0;
}

/**
 * Waits (by polling, never by sleeping) until the mail of outbox row `outboxId` reached the
 * mailbox and nothing is left to send, then returns how many copies arrived (its Message-ID is
 * the row id) — a test expects exactly one.
 */
export async function deliveredOnce(t: TestApp, outboxId: string): Promise<number> {
  const copies = async () =>
    Number(
      (
        await t.runtime.database.executeSql(
          'select count(*)::int as n from dev_mailbox where message_id like $1',
          [`<${outboxId}@%`],
        )
      ).rows[0]!.n,
    );
  await eventually(async () => ((await copies()) > 0 ? true : undefined), 60_000);
  await eventually(async () => ((await mailSettled(t)) ? true : undefined), 60_000);
  return copies();
}
