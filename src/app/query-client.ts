import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { jmapErrorOf } from '../jmap/failure';
import '../objects/default-error';

/** Retrying cannot fix missing or insufficient credentials; other failures get one more try. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const jmap = jmapErrorOf(error);
  if (jmap?.kind === 'unauthorized') return false;
  if (jmap?.kind === 'request' && jmap.status === 403) return false;
  if (jmap?.kind === 'method') return false;
  return failureCount < 1;
}

/**
 * One QueryClient per signed-in session. `onUnauthorized` is the safety net for 401 errors thrown by
 * query or mutation functions (the JMAP client itself also reports every 401 it sees).
 */
export function createAppQueryClient(onUnauthorized: () => void): QueryClient {
  const onError = (error: unknown) => {
    if (jmapErrorOf(error)?.kind === 'unauthorized') onUnauthorized();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { staleTime: 10_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
