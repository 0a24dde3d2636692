import { useEffect } from 'react';
import { saveProfile } from '../features/personal/stored-profile.ts';
import { useSession } from '../lib/session.ts';

/**
 * Each confirmed sign-in leaves the person's name and code on this device (wiped at sign-out
 * with the other personal copies), so "QL cá nhân" still says who they are offline.
 */
export function useKeepProfile(): void {
  const account = useSession().data?.account;
  useEffect(() => {
    if (account)
      saveProfile(account.id, { displayName: account.displayName, bhxhCode: account.bhxhCode });
  }, [account]);
}
