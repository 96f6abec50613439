// "Sign in with Stalwart": OAuth 2.0 authorization code with PKCE (S256), protocol by oauth4webapi.
// The server's own sign-in page (which also asks for a two-factor code) sends the person back to
// the console's callback route with a code, exchanged here for tokens.
import * as oauth from 'oauth4webapi';
import type { OAuthTokens } from '../../jmap/credentials';
import { absoluteAppUrl } from '../../router/base-path';
import { CALLBACK_PATH } from './callback-path';
import { obtainClientId } from './oauth-client-id';
import { loadAuthorizationServer, requestOptions } from './oauth-server';
import { savePending, takePending } from './pending-sign-in';

export { CALLBACK_PATH };

/** Leaves for the server's sign-in page; resolves only if that fails. */
export async function startOAuthSignIn(serverUrl: string, next: string): Promise<never> {
  const as = await loadAuthorizationServer(serverUrl);
  const redirectUri = absoluteAppUrl(CALLBACK_PATH);
  const clientId = await obtainClientId(as, redirectUri);
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = new URL(as.authorization_endpoint!);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('state', state);
  savePending({ serverUrl, clientId, redirectUri, codeVerifier, state, next });
  window.location.assign(url.href);
  return new Promise<never>(() => undefined);
}

export interface CompletedSignIn {
  serverUrl: string;
  tokens: OAuthTokens;
  next: string;
}

/** Checks the redirect back (state, issuer) and exchanges its code for tokens. */
export async function completeOAuthSignIn(callbackUrl: URL): Promise<CompletedSignIn> {
  const pending = takePending();
  if (!pending) throw new Error('This sign-in was not started in this tab, or it was already completed.');
  const as = await loadAuthorizationServer(pending.serverUrl);
  const client: oauth.Client = { client_id: pending.clientId };
  const params = oauth.validateAuthResponse(as, client, callbackUrl, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    pending.redirectUri,
    pending.codeVerifier,
    requestOptions(as.token_endpoint!),
  );
  const result = await oauth.processAuthorizationCodeResponse(as, client, response);
  return {
    serverUrl: pending.serverUrl,
    next: pending.next,
    tokens: toTokens(result, as, pending.clientId, undefined),
  };
}

/** New tokens from the refresh token; the old refresh token stays when the server sends none. */
export async function refreshOAuthTokens(tokens: OAuthTokens): Promise<OAuthTokens> {
  if (!tokens.refreshToken) throw new Error('No refresh token was issued.');
  const as: oauth.AuthorizationServer = { issuer: tokens.issuer, token_endpoint: tokens.tokenEndpoint };
  const client: oauth.Client = { client_id: tokens.clientId };
  const response = await oauth.refreshTokenGrantRequest(
    as,
    client,
    oauth.None(),
    tokens.refreshToken,
    requestOptions(tokens.tokenEndpoint),
  );
  const result = await oauth.processRefreshTokenResponse(as, client, response);
  return toTokens(result, as, tokens.clientId, tokens.refreshToken);
}

function toTokens(
  result: oauth.TokenEndpointResponse,
  as: oauth.AuthorizationServer,
  clientId: string,
  previousRefreshToken: string | undefined,
): OAuthTokens {
  const refreshToken = result.refresh_token ?? previousRefreshToken;
  return {
    accessToken: result.access_token,
    ...(refreshToken ? { refreshToken } : {}),
    // Without expires_in, assume the server's default lifetime of one hour.
    expiresAt: Date.now() + (result.expires_in ?? 3600) * 1000,
    clientId,
    issuer: as.issuer,
    tokenEndpoint: as.token_endpoint!,
  };
}

/** True when the server refused the grant itself (not a network or server failure). */
export function isGrantRefused(error: unknown): boolean {
  return error instanceof oauth.ResponseBodyError && (error.error === 'invalid_grant' || error.error === 'invalid_client');
}
