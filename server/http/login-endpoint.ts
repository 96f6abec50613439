// POST /api/auth: the sign-in page's request. It checks the client and PKCE parameters, then
// the credentials, and answers `authenticated` (with a one-use code), `mfaRequired` or `failure`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CLIENT_ID_MAX_LEN, decodeClientId, grantScope, redirectUriMatches } from '../auth/oauth-clients';
import { readBody } from './read-body';
import { sendJson, sendProblem, sendUnauthorized } from './respond';
import { failureBans, tooManyAuthAttempts, tooManyRequests } from './sign-in';
import type { SandboxCore } from './sandbox-core';
import { requestOrigin } from './session';

const MAX_BODY = 1024 * 1024;

interface AuthCodeRequest {
  accountName: string;
  accountSecret: string;
  mfaToken?: string;
  clientId: string;
  redirectUri?: string;
  scope?: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
}

const badParameters = (detail: string) => ({ type: 'about:blank', status: 400, title: 'Invalid parameters', detail });

function parseLoginRequest(body: unknown): AuthCodeRequest | 'device' | string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'The request must be a JSON object.';
  const b = body as Record<string, unknown>;
  if (b.type !== 'authCode' && b.type !== 'authDevice') return 'Unknown request type.';
  for (const name of ['accountName', 'accountSecret', ...(b.type === 'authCode' ? ['clientId'] : ['code'])]) {
    if (typeof b[name] !== 'string') return `Missing or invalid field "${name}".`;
  }
  for (const name of ['mfaToken', 'redirectUri', 'scope', 'codeChallenge', 'codeChallengeMethod', 'state', 'nonce']) {
    if (b[name] !== undefined && b[name] !== null && typeof b[name] !== 'string') return `Invalid field "${name}".`;
  }
  if (b.type === 'authDevice') return 'device';
  const optional = (name: string) => (typeof b[name] === 'string' ? (b[name] as string) : undefined);
  return {
    accountName: b.accountName as string,
    accountSecret: b.accountSecret as string,
    clientId: b.clientId as string,
    mfaToken: optional('mfaToken'),
    redirectUri: optional('redirectUri'),
    scope: optional('scope'),
    nonce: optional('nonce'),
    codeChallenge: optional('codeChallenge'),
    codeChallengeMethod: optional('codeChallengeMethod'),
  };
}

export async function handleLoginRequest(req: IncomingMessage, res: ServerResponse, core: SandboxCore): Promise<void> {
  const body = await readBody(req, MAX_BODY);
  if (!body.ok) {
    sendProblem(res, badParameters('The request is too large.'));
    return;
  }
  let parsed: AuthCodeRequest | 'device' | string;
  try {
    parsed = parseLoginRequest(JSON.parse(body.body.toString('utf8')));
  } catch {
    parsed = 'The request body is not valid JSON.';
  }
  // No device authorization is ever pending in the sandbox, so a device code never matches.
  if (parsed === 'device') return sendJson(res, 200, { type: 'failure' }, { 'Cache-Control': 'no-cache' });
  if (typeof parsed === 'string') return sendProblem(res, badParameters(parsed));
  const request = parsed;

  // Client and PKCE errors are authentication errors on the server: a 401.
  if (request.clientId.length > CLIENT_ID_MAX_LEN) return sendUnauthorized(res);
  if (request.redirectUri?.startsWith('http://') && request.codeChallenge === undefined) return sendUnauthorized(res);
  if (request.redirectUri === undefined) return sendUnauthorized(res);
  const registered = decodeClientId(core.clientKey, request.clientId);
  if (registered && !registered.redirectUris.some((uri) => redirectUriMatches(uri, request.redirectUri!))) return sendUnauthorized(res);
  const scope = registered ? grantScope(request.scope, registered.scopes) : (request.scope ?? null);
  let codeChallenge: { method: 'S256' | 'plain'; value: string } | null = null;
  if (request.codeChallenge !== undefined) {
    const method = request.codeChallengeMethod ?? 'plain';
    if (method !== 'S256' && !(method === 'plain' && !registered)) return sendUnauthorized(res);
    codeChallenge = { method, value: request.codeChallenge };
  } else if (registered) {
    return sendUnauthorized(res);
  }

  const outcome = await core.authenticator.signInForm(request.accountName, request.accountSecret, request.mfaToken);
  if (outcome.kind === 'mfaRequired') return sendJson(res, 200, { type: 'mfaRequired' }, { 'Cache-Control': 'no-cache' });
  if (outcome.kind === 'busy') return sendProblem(res, tooManyRequests());
  if (outcome.kind !== 'user') {
    // Failures here count towards the same ban as failed Authorization headers.
    if (await failureBans(req, core, request.accountName)) return sendProblem(res, tooManyAuthAttempts());
    return sendJson(res, 200, { type: 'failure' }, { 'Cache-Control': 'no-cache' });
  }
  const code = core.oauth.issueCode({
    username: outcome.user.username,
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    codeChallenge,
    scope,
    nonce: request.nonce ?? null,
  });
  sendJson(res, 200, { type: 'authenticated', client_code: code, iss: requestOrigin(req, core.fallbackHost) }, { 'Cache-Control': 'no-cache' });
}
