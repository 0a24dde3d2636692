export * from './accounts.ts';
export * from './admin-units.ts';
export * from './auth.ts';
export * from './feedback.ts';
export * from './insurance-records.ts';
export * from './mail.ts';
export * from './organizations.ts';
export * from './registration.ts';
