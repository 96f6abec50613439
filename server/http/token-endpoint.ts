// POST /auth/token (form-encoded): the authorization_code grant (exact client id and redirect
// URI, PKCE verified) and the refresh_token grant. Errors are 400 {"error": ...}.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { issueIdToken } from '../auth/id-token';
import type { AuthorizationCode } from '../auth/oauth-tokens';
import { decodeId } from '../store/ids';
import { readBody } from './read-body';
import { sendJson, sendProblem } from './respond';
import type { SandboxCore } from './sandbox-core';
import { requestOrigin } from './session';

const MAX_POST_LEN = 2048;

type TokenError = 'invalid_grant' | 'invalid_client' | 'invalid_request' | 'access_denied' | 'expired_token';

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** RFC 7636: a verifier is 43 to 128 unreserved characters. */
function verifyPkce(challenge: AuthorizationCode['codeChallenge'], verifier: string | null): boolean {
  if (challenge === null) return verifier === null;
  if (verifier === null || !/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) return false;
  const computed = challenge.method === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
  return sameText(challenge.value, computed);
}

/** client_id from the form, else from HTTP Basic client authentication. */
function clientIdOf(req: IncomingMessage, form: URLSearchParams): string | null {
  const fromForm = form.get('client_id');
  if (fromForm !== null) return fromForm;
  const match = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  return decoded.includes(':') ? decoded.slice(0, decoded.indexOf(':')) : null;
}

export async function handleTokenRequest(req: IncomingMessage, res: ServerResponse, core: SandboxCore): Promise<void> {
  const body = await readBody(req, MAX_POST_LEN);
  const contentType = req.headers['content-type'];
  if (!body.ok || !contentType) {
    sendProblem(res, { type: 'about:blank', status: 400, title: 'Invalid parameters', detail: 'Invalid post request' });
    return;
  }
  const form = new URLSearchParams(body.body.toString('utf8'));
  const grantType = (form.get('grant_type') ?? '').toLowerCase();
  const answer = (result: TokenError | object) =>
    typeof result === 'string' ? sendJson(res, 400, { error: result }) : sendJson(res, 200, result);

  if (grantType === 'authorization_code') {
    const code = form.get('code');
    const clientId = clientIdOf(req, form);
    const redirectUri = form.get('redirect_uri');
    if (code === null || clientId === null || redirectUri === null) return answer('invalid_client');
    const stored = core.oauth.peekCode(code);
    if (!stored) return answer('access_denied');
    if (clientId !== stored.clientId || redirectUri !== stored.redirectUri) return answer('invalid_client');
    if (!verifyPkce(stored.codeChallenge, form.get('code_verifier'))) return answer('invalid_grant');
    core.oauth.consumeCode(code);
    const user = core.authenticator.principal(stored.username);
    if (!user) return answer('invalid_grant');
    const tokens = core.oauth.issueTokens(stored.username, stored.scope, true);
    const id_token = await issueIdToken(core.idTokenKey, {
      issuer: requestOrigin(req, core.fallbackHost),
      subject: String(decodeId(user.accountId) ?? user.accountId),
      audience: stored.clientId,
      nonce: stored.nonce,
      username: user.username,
    });
    return answer({ ...tokens, id_token });
  }
  if (grantType === 'refresh_token') {
    const token = form.get('refresh_token');
    if (token === null) return answer('invalid_request');
    const found = core.oauth.refreshTokenUser(token);
    if (!found || !core.authenticator.principal(found.username)) return answer('invalid_grant');
    return answer(core.oauth.issueTokens(found.username, null, found.renew));
  }
  // No device authorization is ever pending in the sandbox.
  if (grantType === 'urn:ietf:params:oauth:grant-type:device_code') return answer('expired_token');
  return answer('invalid_grant');
}
