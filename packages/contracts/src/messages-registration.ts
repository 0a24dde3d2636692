/** Messages for registration error codes (see registration.ts). */
export const REGISTRATION_MESSAGES = {} as const satisfies Record<
  string,
  { vi: string; en: string }
>;
