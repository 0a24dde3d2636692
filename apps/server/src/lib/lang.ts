import type { Lang } from '@vssid/contracts';

/** Vietnamese unless the client prefers English first. */
export function langFromHeader(header: string | undefined): Lang {
  return header?.trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}
