import { type FieldError, hasMessage, type Lang, translate } from '@vssid/contracts';
import { ApiRequestError } from './api.ts';

/** What a form shows after a failed submit: an optional general message and per-field errors. */
export interface FormErrors {
  general?: { code: string; message: string };
  fields: FieldError[];
}

/**
 * Known codes are translated at render time, so switching language re-translates errors
 * already on screen; unknown codes keep the server's (already translated) message.
 */
export function messageFor(error: { code: string; message: string }, lang: Lang): string {
  return hasMessage(error.code) ? translate(error.code, lang) : error.message;
}

export function fieldError(errors: FormErrors | null, field: string, lang: Lang) {
  const found = errors?.fields.find((f) => f.field === field);
  return found ? messageFor(found, lang) : undefined;
}

/** Turns whatever a mutation threw into form errors; never loses the API's field list. */
export function errorsFromApi(error: unknown, lang: Lang): FormErrors {
  if (error instanceof ApiRequestError) {
    return { general: { code: error.code, message: error.message }, fields: error.fields };
  }
  return { general: { code: 'INTERNAL', message: translate('INTERNAL', lang) }, fields: [] };
}

/** Where nothing was typed, the failures whose form wording says "what you typed is kept". */
const READ_ONLY_WORDING: Record<string, string> = {
  NETWORK: 'NETWORK_READ',
  DB_UNAVAILABLE: 'DB_UNAVAILABLE_READ',
};

/** One sentence for whatever failed where there is no form to mark (a list, a button). */
export function errorMessage(error: unknown, lang: Lang): string {
  const { general } = errorsFromApi(error, lang);
  if (!general) return translate('INTERNAL', lang);
  const readOnly = READ_ONLY_WORDING[general.code];
  return readOnly ? translate(readOnly, lang) : messageFor(general, lang);
}
