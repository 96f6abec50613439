// The OpenID Connect ID token the server adds to an authorization_code answer: HS256 (its default
// algorithm) with a key of its own, kid "default", valid 15 minutes. Its key set publishes no key
// for HS256, so clients check the claims, not the signature.
import { SignJWT } from 'jose';

const ID_TOKEN_TTL_S = 15 * 60;

export interface IdTokenClaims {
  issuer: string;
  /** The account id as a decimal number, as the server writes it. */
  subject: string;
  audience: string;
  nonce: string | null;
  username: string;
}

export function issueIdToken(key: Uint8Array, claims: IdTokenClaims): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const payload: Record<string, unknown> = { preferred_username: claims.username, email: claims.username };
  if (claims.nonce) payload.nonce = claims.nonce;
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: 'default' })
    .setIssuer(claims.issuer)
    .setSubject(claims.subject)
    .setAudience(claims.audience)
    .setNotBefore(now)
    .setIssuedAt(now)
    .setExpirationTime(now + ID_TOKEN_TTL_S)
    .sign(key);
}
