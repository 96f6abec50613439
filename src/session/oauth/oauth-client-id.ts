// Which client id to use: one from dynamic registration (RFC 7591) when the server grants it, else
// a fixed id. The server refuses to register, for example, an http:// redirect URI on a host that is
// not a loopback IP; it still accepts unregistered clients unless told to require registration.
import * as oauth from 'oauth4webapi';
import { requestOptions } from './oauth-server';

export const FIXED_CLIENT_ID = 'postmaster';

export async function obtainClientId(as: oauth.AuthorizationServer, redirectUri: string): Promise<string> {
  if (!as.registration_endpoint) return FIXED_CLIENT_ID;
  try {
    const response = await oauth.dynamicClientRegistrationRequest(
      as,
      {
        client_name: 'Postmaster',
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'none',
      },
      requestOptions(as.registration_endpoint),
    );
    const client = await oauth.processDynamicClientRegistrationResponse(response);
    return client.client_id;
  } catch {
    return FIXED_CLIENT_ID;
  }
}
