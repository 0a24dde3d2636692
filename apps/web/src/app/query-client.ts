import { QueryClient } from '@tanstack/react-query';

// Duck-typed on purpose: importing ApiRequestError here would pull zod into the first download.
function isClientError(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      // Cached answers stay readable offline; a 4xx will not change by asking again.
      networkMode: 'offlineFirst',
      retry: (failures, error) => !isClientError(error) && failures < 2,
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
