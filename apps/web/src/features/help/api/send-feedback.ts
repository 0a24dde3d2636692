import { useMutation } from '@tanstack/react-query';
import {
  type FeedbackRequest,
  type FeedbackResponse,
  feedbackResponseSchema,
} from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';

/** POST /api/feedback — 201 { id, receivedAt }. */
export function sendFeedback(body: FeedbackRequest): Promise<FeedbackResponse> {
  return apiFetch('/api/feedback', {
    method: 'POST',
    body,
    parse: (data) => feedbackResponseSchema.parse(data),
  });
}

export function useSendFeedback() {
  return useMutation({ mutationFn: sendFeedback });
}
