import type { Lang } from '@vssid/contracts';
import type { UnitOfWork } from '../lib/unit-of-work.ts';
import { vnDateTime } from '../lib/vn-time.ts';
import type { FeedbackRepository } from '../repositories/feedback.repository.ts';
import type { MailService } from './mail.service.ts';
import type { RateLimitService } from './rate-limit.service.ts';

export type FeedbackInput = {
  category: 'question' | 'suggestion' | 'error';
  content: string;
  email?: string | undefined;
};

/** "Góp ý": anyone may send one; when they leave an email they get an acknowledgement. */
export function feedbackService(deps: {
  repo: FeedbackRepository;
  uow: UnitOfWork;
  mail: MailService;
  rateLimits: RateLimitService;
}) {
  return {
    async submit(input: FeedbackInput, language: Lang, ip: string) {
      // The acknowledgement quotes the content to the typed address: limited per IP and recipient.
      const { rateLimits } = deps;
      await rateLimits.enforceMailIp('feedback', ip);
      if (input.email)
        await rateLimits.enforceMailRecipient('feedback', rateLimits.recipientKey(input.email));
      // The feedback and its acknowledgement commit together.
      const row = await deps.uow.run(async () => {
        const row = await deps.repo.insert({ ...input, email: input.email ?? null, language });
        if (input.email) {
          await deps.mail.send('feedback-received', input.email, {
            reference: referenceOf(row.id),
            content: input.content,
            receivedAt: vnDateTime(row.createdAt),
          });
        }
        return row;
      });
      return { id: referenceOf(row.id), receivedAt: row.createdAt.toISOString() };
    },
  };
}

/** A short, readable reference a person can quote on the phone. */
function referenceOf(uuid: string): string {
  return `GY-${uuid.replaceAll('-', '').slice(0, 8).toUpperCase()}`;
}
