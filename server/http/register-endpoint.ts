// POST /auth/register: dynamic client registration (RFC 7591). A public client (no
// token_endpoint_auth_method, or "none") is registered anonymously with a stateless id that
// carries its redirect URIs and scopes; the answer echoes the request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { encodeClientId, validateGrantMetadata, validateRedirectUri, type RegistrationError } from '../auth/oauth-clients';
import { readBody } from './read-body';
import { sendJson, sendProblem, sendUnauthorized } from './respond';
import type { SandboxCore } from './sandbox-core';

const MAX_BODY = 20 * 1024;

const badParameters = (detail: string) => ({ type: 'about:blank', status: 400, title: 'Invalid parameters', detail });

function stringList(value: unknown): string[] | null {
  if (value === undefined) return [];
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;
}

export async function handleRegistration(req: IncomingMessage, res: ServerResponse, core: SandboxCore): Promise<void> {
  const body = await readBody(req, MAX_BODY);
  let request: Record<string, unknown>;
  try {
    request = body.ok ? JSON.parse(body.body.toString('utf8')) : null;
  } catch {
    request = null as never;
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request)) return sendProblem(res, badParameters('The request must be a JSON object.'));
  const redirectUris = stringList(request.redirect_uris);
  const responseTypes = stringList(request.response_types);
  const grantTypes = stringList(request.grant_types);
  if (request.redirect_uris === undefined || !redirectUris || !responseTypes || !grantTypes) {
    return sendProblem(res, badParameters('redirect_uris, response_types and grant_types must be lists of strings.'));
  }
  for (const name of ['scope', 'client_name', 'token_endpoint_auth_method']) {
    if (request[name] !== undefined && typeof request[name] !== 'string') return sendProblem(res, badParameters(`Invalid field "${name}".`));
  }
  const refuse = (error: RegistrationError) => sendJson(res, 400, error, { 'Cache-Control': 'no-cache' });
  if (redirectUris.length === 0) return refuse({ error: 'invalid_redirect_uri', error_description: 'At least one redirect URI is required.' });
  for (const uri of redirectUris) {
    const error = validateRedirectUri(uri);
    if (error) return refuse(error);
  }
  const grantError = validateGrantMetadata(responseTypes, grantTypes);
  if (grantError) return refuse(grantError);

  const method = request.token_endpoint_auth_method;
  if (method !== undefined && method !== 'none') {
    // Confidential clients need an authenticated caller with the oauthClientRegistration
    // permission; the sandbox registers public clients only.
    const user = await core.authenticator.authenticate(req.headers.authorization);
    if (!user) return sendUnauthorized(res);
    return sendProblem(res, { type: 'about:blank', status: 403, title: 'Forbidden', detail: 'This sandbox registers public clients only.' });
  }
  const clientId = encodeClientId(core.clientKey, {
    redirectUris,
    scopes: typeof request.scope === 'string' ? request.scope.split(/\s+/).filter(Boolean) : [],
    clientName: typeof request.client_name === 'string' ? request.client_name : undefined,
  });
  sendJson(res, 201, { ...request, client_id: clientId, client_id_issued_at: Math.floor(Date.now() / 1000) }, { 'Cache-Control': 'no-cache' });
}
