import { useQuery } from '@tanstack/react-query';
import type { PhotoInfo } from '@vssid/contracts';
import { useEffect, useState } from 'react';
import { draftHeaders, type StoredDraft } from './draft-store.ts';

async function fetchBlob(photo: PhotoInfo, stored: StoredDraft, signal: AbortSignal) {
  const res = await fetch(photo.url, { headers: draftHeaders(stored), signal });
  if (!res.ok) throw new Error(`photo ${res.status}`);
  return res.blob();
}

/**
 * The saved photo as a blob: URL for the thumbnail. The file URL needs the draft token header,
 * so an <img src> cannot load it directly; each blob URL is revoked once no longer shown.
 */
export function usePhotoThumbnail(photo: PhotoInfo | null, stored: StoredDraft | null) {
  const query = useQuery({
    queryKey: ['registration-photo', photo?.url, photo?.uploadedAt],
    queryFn: ({ signal }) => fetchBlob(photo as PhotoInfo, stored as StoredDraft, signal),
    enabled: photo !== null && stored !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const blob = photo ? query.data : undefined;
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) return setUrl(undefined);
    const next = URL.createObjectURL(blob);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [blob]);
  return { url, isLoading: query.isLoading, isError: query.isError };
}
