import { apiErrorSchema, type PhotoKind, photoUploadedSchema, translate } from '@vssid/contracts';
import { currentLang } from '../../../i18n/index.ts';
import { ApiRequestError } from '../../../lib/api.ts';
import { apiAuthHooks } from '../../../lib/api-auth.ts';
import { draftHeaders, draftPath, type StoredDraft } from './draft-store.ts';

// A 10 MB photo over a weak 3G link takes minutes; only a stalled connection should fail.
const TIMEOUT_MS = 5 * 60 * 1000;

function failure(xhr: XMLHttpRequest): ApiRequestError {
  const lang = currentLang();
  let body: unknown;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    body = undefined;
  }
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, fields, requestId } = parsed.data.error;
    return new ApiRequestError(xhr.status, code, message, fields ?? [], requestId);
  }
  const code = xhr.status === 0 ? 'NETWORK' : xhr.status === 413 ? 'PHOTO_TOO_LARGE' : 'INTERNAL';
  return new ApiRequestError(xhr.status, code, translate(code, lang));
}

/**
 * PUT …/photos/:kind with the raw file as the body. XMLHttpRequest rather than fetch because
 * only it reports upload progress, which the progress bar shows (0–1).
 */
export function uploadPhoto(
  stored: StoredDraft,
  kind: PhotoKind,
  file: Blob,
  onProgress: (fraction: number) => void,
) {
  return new Promise<ReturnType<typeof photoUploadedSchema.parse>>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', draftPath(stored, `/photos/${kind}`));
    xhr.timeout = TIMEOUT_MS;
    const headers: Record<string, string> = {
      ...draftHeaders(stored),
      Accept: 'application/json',
      'Accept-Language': currentLang(),
      'Content-Type': file.type || 'application/octet-stream',
    };
    const csrf = apiAuthHooks().csrfToken();
    if (csrf) headers['x-csrf-token'] = csrf;
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) return reject(failure(xhr));
      try {
        resolve(photoUploadedSchema.parse(JSON.parse(xhr.responseText)));
      } catch {
        reject(failure(xhr));
      }
    };
    xhr.onerror = () => reject(failure(xhr));
    xhr.ontimeout = () => reject(failure(xhr));
    xhr.send(file);
  });
}
