import { translate } from '@vssid/contracts';
import { currentLang } from '../../i18n/index.ts';
import { ApiRequestError } from '../../lib/api-error.ts';

type LoginChecks = typeof import('./login-checks.ts');
let loading: Promise<LoginChecks> | undefined;

/**
 * The sign-in checks (zod), fetched once: on the first focus or touch of the form, and awaited
 * on submit. A failed fetch (the connection dropped) is a NETWORK error the form shows like any
 * other, and the next attempt fetches again.
 */
export function loadLoginChecks(): Promise<LoginChecks> {
  loading ??= import('./login-checks.ts').catch(() => {
    loading = undefined;
    throw new ApiRequestError(0, 'NETWORK', translate('NETWORK', currentLang()));
  });
  return loading;
}
