import { QueryClient } from '@tanstack/react-query';

// Duck-typed on purpose: importing ApiRequestError here would pull zod into the first download.
function isClientError(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

// Asking again while the browser says it is offline would only pause (offlineFirst) and leave a
// skeleton on screen forever: say at once that it could not be loaded.
function isOfflineNetworkError(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'NETWORK' && !navigator.onLine;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      // Cached answers stay readable offline; a 4xx will not change by asking again.
      networkMode: 'offlineFirst',
      retry: (failures, error) =>
        !isClientError(error) && !isOfflineNetworkError(error) && failures < 2,
      refetchOnWindowFocus: false,
    },
    mutations: {
      // 'online' (the default) would pause a submit offline with an endless spinner;
      // sending anyway fails fast with the NETWORK message and keeps what was typed.
      networkMode: 'always',
      retry: 0,
    },
  },
});
