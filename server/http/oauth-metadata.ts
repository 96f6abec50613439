// The server's discovery documents: OAuth 2.0 authorization server metadata (RFC 8414), the
// OpenID configuration (also what /api/discover answers, with relative URLs over plain HTTP) and
// the protected resource metadata (RFC 9728) the 401 challenge points to.
import { SUPPORTED_SCOPES } from '../auth/oauth-clients';

const GRANT_TYPES = ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'];
const AUTH_METHODS = ['none', 'client_secret_post', 'client_secret_basic'];

export function oauthMetadata(base: string): Record<string, unknown> {
  return {
    issuer: base,
    token_endpoint: `${base}/auth/token`,
    authorization_endpoint: `${base}/login`,
    device_authorization_endpoint: `${base}/auth/device`,
    registration_endpoint: `${base}/auth/register`,
    introspection_endpoint: `${base}/auth/introspect`,
    grant_types_supported: GRANT_TYPES,
    response_types_supported: ['code'],
    scopes_supported: SUPPORTED_SCOPES,
    token_endpoint_auth_methods_supported: AUTH_METHODS,
    code_challenge_methods_supported: ['S256'],
    authorization_response_iss_parameter_supported: true,
  };
}

export function openIdMetadata(base: string): Record<string, unknown> {
  return {
    issuer: base,
    authorization_endpoint: `${base}/login`,
    token_endpoint: `${base}/auth/token`,
    userinfo_endpoint: `${base}/auth/userinfo`,
    jwks_uri: `${base}/auth/jwks.json`,
    registration_endpoint: `${base}/auth/register`,
    device_authorization_endpoint: `${base}/auth/device`,
    scopes_supported: SUPPORTED_SCOPES,
    response_types_supported: ['code'],
    subject_types_supported: ['public'],
    grant_types_supported: GRANT_TYPES,
    token_endpoint_auth_methods_supported: AUTH_METHODS,
    id_token_signing_alg_values_supported: ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'PS256', 'PS384', 'PS512', 'HS256', 'HS384', 'HS512'],
    claims_supported: ['sub', 'name', 'preferred_username', 'email', 'email_verified'],
    code_challenge_methods_supported: ['S256'],
    authorization_response_iss_parameter_supported: true,
  };
}

export function protectedResourceMetadata(base: string): Record<string, unknown> {
  return { resource: base, authorization_servers: [base], scopes_supported: SUPPORTED_SCOPES, bearer_methods_supported: ['header'] };
}

/** The headers the server adds to its discovery documents. */
export const UNRESTRICTED_CORS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, X-Requested-With',
  'Access-Control-Allow-Methods': 'POST, GET, PATCH, PUT, DELETE, HEAD, OPTIONS',
};
