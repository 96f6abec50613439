// The server's OAuth 2.0 metadata, read with oauth4webapi and moved onto the server address the
// console talks to: behind a proxy or on plain HTTP the advertised URLs often name another host
// (or are relative), while the same paths work on the origin the console was loaded from.
import * as oauth from 'oauth4webapi';

// The JWS algorithms the server may sign ID tokens with (its OpenID metadata lists these; the
// OAuth metadata lists none, and the ID token is not used beyond the library's checks).
const ID_TOKEN_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'PS256', 'PS384', 'PS512', 'HS256', 'HS384', 'HS512'];

/** oauth4webapi refuses http:// unless told; a console served over http talks http to its server. */
export function requestOptions(url: string): { [oauth.allowInsecureRequests]: boolean } {
  return { [oauth.allowInsecureRequests]: new URL(url).protocol === 'http:' };
}

function onServer(advertised: unknown, serverOrigin: string, name: string): string {
  if (typeof advertised !== 'string' || advertised === '') throw new Error(`The server's OAuth metadata has no ${name}.`);
  const url = new URL(advertised, serverOrigin);
  return `${serverOrigin}${url.pathname}${url.search}`;
}

export async function loadAuthorizationServer(serverUrl: string): Promise<oauth.AuthorizationServer> {
  const origin = new URL(serverUrl).origin;
  const response = await oauth.discoveryRequest(new URL(origin), { algorithm: 'oauth2', ...requestOptions(origin) });
  if (!response.ok) throw new Error(`The server's OAuth metadata could not be read (HTTP ${response.status}).`);
  const metadata = (await response.json()) as Record<string, unknown>;
  const registration = metadata.registration_endpoint;
  return {
    // The issuer stays as advertised: the server names it in the redirect (iss) and in ID tokens.
    issuer: typeof metadata.issuer === 'string' && metadata.issuer !== '' ? metadata.issuer : origin,
    authorization_endpoint: onServer(metadata.authorization_endpoint, origin, 'authorization endpoint'),
    token_endpoint: onServer(metadata.token_endpoint, origin, 'token endpoint'),
    ...(typeof registration === 'string' && registration !== ''
      ? { registration_endpoint: onServer(registration, origin, 'registration endpoint') }
      : {}),
    authorization_response_iss_parameter_supported: metadata.authorization_response_iss_parameter_supported === true,
    id_token_signing_alg_values_supported: Array.isArray(metadata.id_token_signing_alg_values_supported)
      ? (metadata.id_token_signing_alg_values_supported as string[])
      : ID_TOKEN_ALGORITHMS,
  };
}
