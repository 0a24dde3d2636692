// The signed-in person's own data kept on this device (for offline use), one entry per account.
// Everything under this prefix is wiped when the person signs out (see forgetSession).
const PREFIX = 'vssid.me.';
const LAST_ACCOUNT = `${PREFIX}last-account`;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked storage (private mode, strict settings): nothing kept offline
  }
}

/** Saves `value` for `accountId` under `name`, and remembers this account as the last one. */
export function savePersonal(accountId: string, name: string, value: unknown): void {
  try {
    storage()?.setItem(`${PREFIX}${name}:${accountId}`, JSON.stringify(value));
    storage()?.setItem(LAST_ACCOUNT, accountId);
  } catch {
    // quota full: the screen still works online
  }
}

/** What was saved for `accountId` (or, offline with no session, for the last account). */
export function loadPersonal(name: string, accountId?: string): unknown {
  const id = accountId ?? storage()?.getItem(LAST_ACCOUNT);
  if (!id) return undefined;
  const raw = storage()?.getItem(`${PREFIX}${name}:${id}`);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Sign-out: nothing personal stays on the device. */
export function clearPersonal(): void {
  const store = storage();
  if (!store) return;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}
