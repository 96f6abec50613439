// GET of one of the server's JSON endpoints with the signed-in credentials: anything but a 200 with
// a JSON body is an error; what the body means is for the caller to check.
import type { ZodError } from 'zod';
import { authorizationHeader } from './credentials';
import type { InvalidResponseError, TransportError } from './errors';
import { failureFromResponse, readJson, send } from './http';
import { err, type Result } from './result';
import type { SessionSource } from './session';
import { tryServerEndpoint } from './urls';

export async function getJson(source: SessionSource, path: string): Promise<Result<unknown, TransportError>> {
  const url = tryServerEndpoint(source.serverUrl, path);
  if (!url.ok) return url;
  const sent = await send(source.fetch, url.value, {
    method: 'GET',
    headers: { Authorization: authorizationHeader(source.credentials), Accept: 'application/json' },
  });
  if (!sent.ok) return sent;
  if (sent.value.status !== 200) return err(await failureFromResponse(sent.value));
  return readJson(sent.value);
}

/** A body that does not match its schema, with each issue and where it is. */
export function malformed(message: string, error: ZodError): InvalidResponseError {
  return { kind: 'invalidResponse', message, issues: error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
}
