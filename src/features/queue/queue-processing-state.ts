// Whether outbound queue processing is paused. Stalwart 0.16 has no JMAP read for it; the sandbox
// answers GET /api/sandbox/queue -> {"paused": boolean}. A real server answers 404: the state is
// then unknown, and the screen shows the last pause or resume made in this session instead.

import type { JmapClient } from '../../jmap/client';
import { authorizationHeader } from '../../jmap/credentials';
import { failureFromResponse } from '../../jmap/http';
import { serverEndpoint } from '../../jmap/urls';
import { getLogin } from '../../session/login-store';
import { refreshingFetch } from '../../session/oauth/token-keeper';

export type QueueProcessing = { known: true; paused: boolean } | { known: false };

export interface LastProcessingAction {
  paused: boolean;
  /** When it was done, RFC 3339. */
  at: string;
}

export async function fetchQueueProcessing(client: JmapClient): Promise<QueueProcessing> {
  const login = getLogin();
  if (!login) return { known: false };
  let response: Response;
  try {
    response = await refreshingFetch(serverEndpoint(client.serverUrl, '/api/sandbox/queue'), {
      // As the JMAP client does: the Authorization header only, so a 401 reaches the app instead
      // of opening the browser's own sign-in prompt.
      credentials: 'omit',
      headers: { Authorization: authorizationHeader(login.credentials), Accept: 'application/json' },
    });
  } catch (cause) {
    throw { kind: 'network', message: cause instanceof Error ? cause.message : String(cause) };
  }
  if (response.status === 404) return { known: false };
  if (response.status !== 200) throw await failureFromResponse(response);
  const body: unknown = await response.json().catch(() => null);
  if (typeof body === 'object' && body !== null && typeof (body as { paused?: unknown }).paused === 'boolean') {
    return { known: true, paused: (body as { paused: boolean }).paused };
  }
  return { known: false };
}
