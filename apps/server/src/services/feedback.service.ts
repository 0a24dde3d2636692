import type { Lang } from '@vssid/contracts';
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
  mail: MailService;
  rateLimits: RateLimitService;
}) {
  return {
    async submit(input: FeedbackInput, language: Lang, ip: string) {
      // The acknowledgement quotes the content to the typed address: limited per IP and recipient.
      await deps.rateLimits.enforceMailIp('feedback', ip);
      const { rateLimits } = deps;
      if (input.email)
        await rateLimits.enforceMailRecipient('feedback', rateLimits.recipientKey(input.email));
      const row = await deps.repo.insert({ ...input, email: input.email ?? null, language });
      const reference = referenceOf(row.id);
      if (input.email) {
        await deps.mail.send('feedback-received', input.email, {
          reference,
          content: input.content,
          receivedAt: vnDateTime(row.createdAt),
        });
      }
      return { id: reference, receivedAt: row.createdAt.toISOString() };
    },
  };
}

/** A short, readable reference a person can quote on the phone. */
function referenceOf(uuid: string): string {
  return `GY-${uuid.replaceAll('-', '').slice(0, 8).toUpperCase()}`;
}
