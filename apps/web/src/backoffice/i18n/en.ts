import { boDirectoriesEn } from '../directories/i18n-en.ts';
import { boImportsEn } from '../imports/i18n-en.ts';
import { boRegistrationsEn } from '../registrations/i18n-en.ts';
import type { BackofficeCatalog } from './vi.ts';

/** Back-office strings in English (same keys as vi.ts). */
export const boEn: BackofficeCatalog = {
  ...boRegistrationsEn,
  ...boImportsEn,
  ...boDirectoriesEn,
  app: { title: 'VssID – Staff portal', short: 'Staff portal' },
  signIn: {
    title: 'Staff sign-in',
    lead: 'For social insurance staff. A password and a second factor are required.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    pending: 'Signing in…',
    locked: 'Password sign-in for this account is paused until {{time}}.',
    totpLocked:
      'Code sign-in for this account is paused until {{time}} after too many wrong codes. A passkey still works.',
  },
  secondFactor: {
    title: 'Second factor',
    lead: 'Enter the 6-digit code shown in your authenticator app, or use your registered passkey.',
    code: 'Authentication code (6 digits)',
    submit: 'Confirm',
    pending: 'Confirming…',
    or: 'or',
    passkey: 'Use a passkey',
    passkeyPending: 'Waiting for the passkey…',
    passkeyCancelled: 'The passkey did not work. You can try again or enter the code.',
    cancel: 'Sign in with another account',
  },
  shell: {
    nav: 'Back-office sections',
    applications: 'Registration applications',
    auditLog: 'Access log',
    officers: 'Officers',
    imports: 'Import data',
    directories: 'Lookup directories',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    forbidden: 'You are not allowed to see this page.',
    notFound: 'This page does not exist.',
  },
  roles: {
    citizen: 'Citizen',
    officer: 'Intake officer',
    supervisor: 'Supervisor',
    administrator: 'Administrator',
  },
  auditLog: {
    lead: 'Sign-ins, sign-outs and important actions in your agency, newest first.',
    time: 'Time',
    actor: 'By',
    action: 'Activity',
    subject: 'Subject',
    empty: 'No entries yet.',
    more: 'Showing the {{shown}} newest of {{total}} entries.',
    actions: {
      auth_sign_in: 'Signed in',
      auth_sign_out: 'Signed out',
      registration_list: 'Listed applications',
      registration_view: 'Viewed an application',
      registration_approve: 'Approved an application',
      registration_reject: 'Rejected an application',
    },
    subjects: {
      account: 'Account',
      agency: 'Agency',
      registration: 'Application',
    },
  },
  officers: {
    lead: 'Officer accounts of your agency.',
    username: 'Username',
    name: 'Full name',
    role: 'Role',
    email: 'Email',
    secondFactors: 'Second factor',
    factors: { totp: 'Authenticator app', passkey: 'Passkey' },
    noFactor: 'None',
    createdAt: 'Created',
    empty: 'No officers yet.',
  },
  table: {
    filter: 'Filter',
    filterHint: 'Type to filter on any column.',
    count: 'Showing {{shown}} of {{total}} rows',
    noMatch: 'No row matches the filter.',
  },
};
