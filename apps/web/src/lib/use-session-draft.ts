import { useCallback, useRef, useState } from 'react';

function read<T>(key: string, initial: T): T {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? { ...initial, ...(JSON.parse(raw) as Partial<T>) } : initial;
  } catch {
    return initial; // corrupt or blocked storage: start empty rather than crash the form
  }
}

function write(key: string, value: unknown | null): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or blocked: the draft still lives in memory
  }
}

/**
 * Form values kept in sessionStorage, so a reload (or an app update, which reloads the page)
 * never loses what the person typed. Never use it for passwords.
 * Storage is written in the handlers, not in an effect: a form that unmounts right after
 * `clear()` (the success screen replaces it) must still leave no draft behind.
 */
export function useSessionDraft<T extends object>(key: string, initial: T) {
  const [value, setValue] = useState<T>(() => read(key, initial));
  const latest = useRef(value);

  const update = useCallback(
    (patch: Partial<T>) => {
      latest.current = { ...latest.current, ...patch };
      write(key, latest.current);
      setValue(latest.current);
    },
    [key],
  );

  const clear = useCallback(() => {
    latest.current = initial;
    write(key, null);
    setValue(initial);
  }, [key, initial]);

  return [value, update, clear] as const;
}
