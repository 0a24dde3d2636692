import { feedbackReceived } from './feedback-received.ts';

/** Every template the app can send, by name; a mail's row records which one it was. */
export const templates = {
  'feedback-received': feedbackReceived,
};

export type TemplateName = keyof typeof templates;
export type TemplateData<N extends TemplateName> = Parameters<(typeof templates)[N]>[0];
