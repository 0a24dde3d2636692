import { loadPersonal, savePersonal } from '../../lib/personal-store.ts';

/** Who is signed in, kept on the device so "QL cá nhân" still greets them offline. */
export interface StoredProfile {
  displayName: string;
  bhxhCode: string | null;
}
const STORE = 'profile';

/** Kept per account with the other personal copies, and wiped with them at sign-out. */
export function saveProfile(accountId: string, profile: StoredProfile): void {
  savePersonal(accountId, STORE, {
    displayName: profile.displayName,
    bhxhCode: profile.bhxhCode,
  } satisfies StoredProfile);
}

/** The last signed-in person on this device, when one is kept. */
export function storedProfile(): StoredProfile | undefined {
  const v = loadPersonal(STORE) as Partial<StoredProfile> | null | undefined;
  if (typeof v?.displayName !== 'string' || v.displayName === '') return undefined;
  return {
    displayName: v.displayName,
    bhxhCode: typeof v.bhxhCode === 'string' ? v.bhxhCode : null,
  };
}
