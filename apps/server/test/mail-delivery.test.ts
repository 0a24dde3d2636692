import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbeddedMailbox } from '../src/integrations/mail/embedded-mailbox.ts';
import { MAIL_QUEUE } from '../src/services/mail.service.ts';
import { createTestApp, eventually, type TestApp, waitFor } from './helpers.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const ack = { reference: 'GY-TEST0001', content: 'Nội dung thử', receivedAt: '26/11/2026 09:00' };

describe('mail delivery through the outbox and the job queue', () => {
  let t: TestApp | undefined;
  let relay: EmbeddedMailbox | undefined;
  afterEach(async () => {
    await relay?.stop();
    await t?.close();
    relay = undefined;
    t = undefined;
  });

  it('keeps a mail while the SMTP server is down and delivers it exactly once when it is back', async () => {
    const port = await freePort();
    t = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
    const { mail, uow } = t.runtime;
    const id = await uow.run(() => mail.send('feedback-received', 'cho.doi@example.vn', ack));
    const repo = (await import('../src/repositories/outbox.repository.ts')).outboxRepository(
      t.runtime.database.db,
    );

    // Delivery fails while nothing listens, and the mail stays pending with its error.
    const failed = await eventually(async () => {
      const row = await repo.get(id);
      return row && row.attempts >= 2 && row.status === 'pending' ? row : undefined;
    });
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);

    // The relay comes back (a real SMTP server on the same port).
    relay = new EmbeddedMailbox(t.runtime.repos.devMailbox);
    await relay.start(port);
    const sent = await eventually(async () => {
      const row = await repo.get(id);
      return row?.status === 'sent' ? row : undefined;
    }, 30_000);
    expect(sent.messageId).toBe(`<${id}@localhost>`);

    // Retries already queued must not send it again: wait until the queue is done with the
    // mail's job (pg-boss retries reuse one row), then count what the relay received.
    const t0 = t;
    await waitFor(
      async () => {
        const { rows } = await t0.runtime.database.executeSql(
          "select state from pgboss.job where name = $1 and data->>'outboxId' = $2",
          [MAIL_QUEUE, id],
        );
        return (
          rows.length > 0 && rows.every((r) => r.state === 'completed' || r.state === 'failed')
        );
      },
      { timeoutMs: 30_000, what: 'the mail job to settle' },
    );
    const received = (await t.runtime.repos.devMailbox.list()).filter(
      (m) => m.messageId === sent.messageId,
    );
    expect(received).toHaveLength(1);
    expect(received[0]!.envelopeTo).toEqual(['cho.doi@example.vn']);
  });

  it('starts delivering a mail queued by this instance at once, not at the next poll', async () => {
    // A 60-second poll: without the wake-up after the commit, the first poll of the worker
    // (started with the app) has passed and the mail would wait up to a minute.
    t = await createTestApp({ env: { QUEUE_POLL_SECONDS: '60' } });
    const repo = (await import('../src/repositories/outbox.repository.ts')).outboxRepository(
      t.runtime.database.db,
    );
    // Let the workers' first fetch (at start) find the queue empty.
    await new Promise((r) => setTimeout(r, 1_000));
    const { mail, uow } = t.runtime;
    const id = await uow.run(() => mail.send('feedback-received', 'ngay.lap.tuc@example.vn', ack));
    const sent = await eventually(async () => {
      const row = await repo.get(id);
      return row?.status === 'sent' ? row : undefined;
    }, 30_000);
    expect(sent.status).toBe('sent');
  });

  it('sends a mail once even when two workers deliver it at the same moment', async () => {
    t = await createTestApp({ workers: false });
    const { mail, uow } = t.runtime;
    const id = await uow.run(() => mail.send('feedback-received', 'song.song@example.vn', ack));
    await Promise.all([
      t.runtime.mail.deliver(id),
      t.runtime.mail.deliver(id),
      t.runtime.mail.deliver(id),
    ]);
    const mails = (await t.runtime.repos.devMailbox.list()).filter((m) =>
      m.envelopeTo.includes('song.song@example.vn'),
    );
    expect(mails).toHaveLength(1);
  });

  it('re-queues a mail whose job was lost', async () => {
    const app = await createTestApp({ workers: false });
    t = app;
    const repo = (await import('../src/repositories/outbox.repository.ts')).outboxRepository(
      app.runtime.database.db,
    );
    // A row committed without a queued job (as if the process died between the two).
    let id = '';
    t.runtime.uow.injectFaults((point) => {
      if (point === 'committed') throw new Error('crash after commit');
    });
    await expect(
      t.runtime.uow.run(async () => {
        id = await app.runtime.mail.send('feedback-received', 'mat.viec@example.vn', ack);
      }),
    ).rejects.toThrow('crash after commit');
    t.runtime.uow.injectFaults(undefined);
    expect((await repo.get(id))?.enqueuedAt).toBeNull();
    await t.runtime.database.executeSql(
      "update mail_outbox set created_at = now() - interval '1 minute' where id = $1",
      [id],
    );
    expect(await t.runtime.mail.sweep()).toBe(1);
    const row = await repo.get(id);
    expect(row?.enqueuedAt).not.toBeNull();
    expect(await t.runtime.mail.sweep()).toBe(0);
  });
});
