export * from './auth.ts';
export * from './bhxh-code.ts';
export * from './errors.ts';
export * from './feedback.ts';
export * from './health.ts';
export * from './messages.ts';
export * from './registration.ts';
export * from './zod-issues.ts';
