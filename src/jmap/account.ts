// Who the signed-in person is allowed to be: GET /api/account (permissions drive what the UI offers).

import { z } from 'zod';
import { authorizationHeader } from './credentials';
import type { TransportError } from './errors';
import { failureFromResponse, readJson, send } from './http';
import { err, ok, type Result } from './result';
import type { SessionSource } from './session';
import { tryServerEndpoint } from './urls';

export const accountInfoSchema = z.object({
  permissions: z.array(z.string()),
  edition: z.enum(['oss', 'community', 'enterprise']),
  locale: z.string(),
});

export type AccountInfo = z.infer<typeof accountInfoSchema>;
export type Edition = AccountInfo['edition'];

export async function fetchAccountInfo(source: SessionSource): Promise<Result<AccountInfo, TransportError>> {
  const url = tryServerEndpoint(source.serverUrl, '/api/account');
  if (!url.ok) return url;
  const sent = await send(source.fetch, url.value, {
    method: 'GET',
    headers: { Authorization: authorizationHeader(source.credentials), Accept: 'application/json' },
  });
  if (!sent.ok) return sent;
  if (sent.value.status !== 200) return err(await failureFromResponse(sent.value));
  const body = await readJson(sent.value);
  if (!body.ok) return body;
  const parsed = accountInfoSchema.safeParse(body.value);
  if (!parsed.success) {
    return err({
      kind: 'invalidResponse',
      message: 'The account information is malformed',
      issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    });
  }
  return ok(parsed.data);
}
