/** Messages for sign-in and account-security error codes (see auth.ts). */
export const AUTH_MESSAGES = {} as const satisfies Record<string, { vi: string; en: string }>;
