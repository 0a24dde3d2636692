/**
 * "h•••••4798@gmail.com": enough for the owner to recognise the address, not enough to learn it.
 * The number of dots is fixed so the mask does not tell the length either.
 */
export function maskEmail(email: string | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at < 1) return null;
  const local = email.slice(0, at);
  const tail = local.length > 6 ? local.slice(-4) : '';
  return `${local[0]}•••••${tail}${email.slice(at)}`;
}
