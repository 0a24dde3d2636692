import { driveReminder } from './drive-reminder.ts';
import { feedbackReceived } from './feedback-received.ts';
import { passwordChanged } from './password-changed.ts';
import { passwordResetCode } from './password-reset-code.ts';
import { passwordResetDone } from './password-reset-done.ts';
import { registrationApproved } from './registration-approved.ts';
import { registrationOtp } from './registration-otp.ts';
import { registrationRejected } from './registration-rejected.ts';
import { registrationSubmitted } from './registration-submitted.ts';

/** Every template the app can send, by name; a mail's row records which one it was. */
export const templates = {
  'registration-otp': registrationOtp,
  'registration-submitted': registrationSubmitted,
  'registration-approved': registrationApproved,
  'registration-rejected': registrationRejected,
  'feedback-received': feedbackReceived,
  'password-reset-code': passwordResetCode,
  'password-reset-done': passwordResetDone,
  'password-changed': passwordChanged,
  'drive-reminder': driveReminder,
};

export type TemplateName = keyof typeof templates;
export type TemplateData<N extends TemplateName> = Parameters<(typeof templates)[N]>[0];
