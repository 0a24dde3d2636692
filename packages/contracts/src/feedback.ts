import { validateEmail } from '@vssid/domain';
import { z } from 'zod';
import { text } from './text.ts';

/** "Góp ý" — feedback sent from the help centre (Trợ giúp). */
export const FEEDBACK_CATEGORIES = ['question', 'suggestion', 'error'] as const;

export const feedbackRequestSchema = z.object({
  category: z.enum(FEEDBACK_CATEGORIES, { error: 'FEEDBACK_CATEGORY_INVALID' }),
  content: text({
    max: 2000,
    multiline: true,
    required: 'FIELD_REQUIRED',
    tooLong: 'FEEDBACK_CONTENT_TOO_LONG',
  })
    .trim()
    .min(1, { error: 'FIELD_REQUIRED' })
    .min(10, { error: 'FEEDBACK_CONTENT_TOO_SHORT' }),
  email: text({ max: 254 })
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      const r = validateEmail(v);
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: r.error });
        return z.NEVER;
      }
      return r.value;
    }),
});

export const feedbackResponseSchema = z.object({
  id: z.string(),
  receivedAt: z.string().describe('ISO 8601'),
});

export type FeedbackRequest = z.input<typeof feedbackRequestSchema>;
export type FeedbackResponse = z.infer<typeof feedbackResponseSchema>;
