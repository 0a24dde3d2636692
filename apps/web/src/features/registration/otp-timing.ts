import type { RegistrationDraft } from '@vssid/contracts';

/** A sent code as this phone counts it: deadlines in local milliseconds. */
export interface OtpTiming {
  maskedEmail: string;
  expiresAt: number;
  resendAt: number;
}

/**
 * Deadlines from a fresh "Gửi" answer, measured from now with the server's durations, so a
 * phone whose clock is a few minutes off still counts the real 4 minutes.
 */
export function timingFromSent(sent: {
  maskedEmail: string;
  expiresAt: string;
  resendAfter: string;
  ttlSeconds: number;
}): OtpTiming {
  const expiresAt = Date.now() + sent.ttlSeconds * 1000;
  const gap = Date.parse(sent.expiresAt) - Date.parse(sent.resendAfter);
  return { maskedEmail: sent.maskedEmail, expiresAt, resendAt: expiresAt - gap };
}

/** After a reload: the last code the draft knows of, if it has not expired. */
export function timingFromDraft(draft: RegistrationDraft | undefined): OtpTiming | null {
  const otp = draft?.otp;
  if (!otp || Date.parse(otp.expiresAt) <= Date.now()) return null;
  return {
    maskedEmail: otp.maskedEmail,
    expiresAt: Date.parse(otp.expiresAt),
    resendAt: Date.parse(otp.resendAfter),
  };
}
