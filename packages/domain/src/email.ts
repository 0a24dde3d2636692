import { err, ok, type Result } from './result.ts';

/** Every code `validateEmail` can return. */
export const EMAIL_ERRORS = [
  'EMAIL_REQUIRED',
  'EMAIL_TOO_LONG',
  'EMAIL_HAS_SPACES',
  'EMAIL_AT_SIGN',
  'EMAIL_LOCAL_INVALID',
  'EMAIL_LOCAL_TOO_LONG',
  'EMAIL_DOMAIN_INVALID',
] as const;

/** Failure codes of `validateEmail`. */
export type EmailError = (typeof EMAIL_ERRORS)[number];

// RFC 5322 "atext": what a local part may hold without quoting. Quoted local parts are
// refused on purpose: real mailboxes do not use them and they hide typos.
const LOCAL_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * Pragmatic e-mail check for contact forms: catches the mistakes people make (spaces, a
 * missing or doubled '@', a domain without a dot) without rejecting real addresses. Returns
 * the trimmed address with the domain lower-cased; the local part keeps its case because
 * some servers treat it as case-sensitive.
 */
export function validateEmail(input: string): Result<string, EmailError> {
  const value = input.trim();
  if (value === '') return err('EMAIL_REQUIRED');
  if (value.length > 254) return err('EMAIL_TOO_LONG');
  if (/\s/.test(value)) return err('EMAIL_HAS_SPACES');
  const parts = value.split('@');
  if (parts.length !== 2) return err('EMAIL_AT_SIGN');
  const [local = '', domain = ''] = parts;
  if (local.length > 64) return err('EMAIL_LOCAL_TOO_LONG');
  if (local === '' || !local.split('.').every((atom) => LOCAL_ATOM.test(atom))) {
    return err('EMAIL_LOCAL_INVALID');
  }
  if (!isValidDomain(domain)) return err('EMAIL_DOMAIN_INVALID');
  return ok(`${local}@${domain.toLowerCase()}`);
}

function isValidDomain(domain: string): boolean {
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  return (
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    // An all-numeric last label is an IP address typed by mistake, not a domain.
    !/^[0-9]+$/.test(tld) &&
    tld.length >= 2
  );
}
