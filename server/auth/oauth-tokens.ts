// OAuth state of a running sandbox, in memory: authorization codes (10 minutes, one use) and
// opaque bearer tokens with their lifetimes. Lifetimes default to the server's: access 1 h,
// refresh 30 days; a refresh answers a new refresh token only when the old one has at most
// 4 days left.
import { randomBytes } from 'node:crypto';

export const AUTH_CODE_TTL_S = 10 * 60;
export const DEFAULT_ACCESS_TOKEN_TTL_S = 60 * 60;
export const DEFAULT_REFRESH_TOKEN_TTL_S = 30 * 24 * 60 * 60;
export const REFRESH_RENEW_WITHIN_S = 4 * 24 * 60 * 60;

export interface AuthorizationCode {
  username: string;
  clientId: string;
  redirectUri: string;
  /** PKCE challenge; null when the client sent none (allowed for unregistered clients). */
  codeChallenge: { method: 'S256' | 'plain'; value: string } | null;
  scope: string | null;
  /** OpenID Connect nonce, echoed in the ID token. */
  nonce: string | null;
}

interface Expiring<T> {
  value: T;
  expiresAt: number;
}

export interface TokenLifetimes {
  accessTokenTtl: number;
  refreshTokenTtl: number;
}

export interface IssuedTokens {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  refresh_token?: string;
  scope?: string;
}

export class OAuthTokenStore {
  private readonly codes = new Map<string, Expiring<AuthorizationCode>>();
  private readonly accessTokens = new Map<string, Expiring<string>>();
  private readonly refreshTokens = new Map<string, Expiring<string>>();

  constructor(
    readonly lifetimes: TokenLifetimes,
    private readonly now: () => number = () => Date.now(),
  ) {}

  issueCode(code: AuthorizationCode): string {
    this.sweep();
    const id = randomBytes(30).toString('base64url').slice(0, 40);
    this.codes.set(id, { value: code, expiresAt: this.now() + AUTH_CODE_TTL_S * 1000 });
    return id;
  }

  peekCode(id: string): AuthorizationCode | null {
    return this.live(this.codes, id);
  }

  consumeCode(id: string): void {
    this.codes.delete(id);
  }

  issueTokens(username: string, scope: string | null, withRefreshToken: boolean): IssuedTokens {
    this.sweep();
    const access = randomBytes(32).toString('base64url');
    this.accessTokens.set(access, { value: username, expiresAt: this.now() + this.lifetimes.accessTokenTtl * 1000 });
    const out: IssuedTokens = { access_token: access, token_type: 'bearer', expires_in: this.lifetimes.accessTokenTtl };
    if (withRefreshToken) {
      const refresh = randomBytes(32).toString('base64url');
      this.refreshTokens.set(refresh, { value: username, expiresAt: this.now() + this.lifetimes.refreshTokenTtl * 1000 });
      out.refresh_token = refresh;
    }
    if (scope) out.scope = scope;
    return out;
  }

  /** The username behind a live access token. */
  accessTokenUser(token: string): string | null {
    return this.live(this.accessTokens, token);
  }

  /** The username behind a live refresh token and whether it is due for renewal. */
  refreshTokenUser(token: string): { username: string; renew: boolean } | null {
    const entry = this.refreshTokens.get(token);
    if (!entry || entry.expiresAt <= this.now()) return null;
    return { username: entry.value, renew: entry.expiresAt - this.now() <= REFRESH_RENEW_WITHIN_S * 1000 };
  }

  private live<T>(map: Map<string, Expiring<T>>, key: string): T | null {
    const entry = map.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.now()) {
      map.delete(key);
      return null;
    }
    return entry.value;
  }

  private sweep(): void {
    const now = this.now();
    for (const map of [this.codes, this.accessTokens, this.refreshTokens] as Map<string, Expiring<unknown>>[]) {
      for (const [key, entry] of map) if (entry.expiresAt <= now) map.delete(key);
    }
  }
}
