import { type OtpSendRequest, otpSentSchema, submittedSchema } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { draftHeaders, draftPath, type StoredDraft } from './draft-store.ts';

/** POST …/otp — "Gửi" / "Gửi lại mã": saves agency and email, mails a 6-digit code. */
export function sendOtp(stored: StoredDraft, body: OtpSendRequest) {
  return apiFetch(draftPath(stored, '/otp'), {
    method: 'POST',
    body,
    headers: draftHeaders(stored),
    parse: (data) => otpSentSchema.parse(data),
  });
}

/** POST …/submit — "Xác nhận": the code from the mail submits the application. */
export function submitRegistration(stored: StoredDraft, otp: string) {
  return apiFetch(draftPath(stored, '/submit'), {
    method: 'POST',
    body: { otp },
    headers: draftHeaders(stored),
    parse: (data) => submittedSchema.parse(data),
  });
}
