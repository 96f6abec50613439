// Resolves credentials to a principal: Basic (password or app password), Bearer (API key or an
// OAuth access token), and the sign-in form's username, password and TOTP code.
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { AuthUser } from '../jmap/method-types';
import { apiKeySecretId, parseApiKey, parseAppPassword, verifySecret } from './credentials';
import type { OAuthTokenStore } from './oauth-tokens';
import { rolePermissions, type Role } from './permissions';
import { hasTotp, verifyTotp } from './second-factor';

interface SecretRow {
  username: string;
  salt: string;
  hash: string;
}

interface PrincipalRow {
  username: string;
  account_id: string;
  role: Role;
}

/** `mfaRequired`: the password was right but the account also needs a TOTP code. */
export type AuthOutcome = { ok: true; user: AuthUser } | { ok: false; reason: 'invalid' | 'mfaRequired' };

const INVALID: AuthOutcome = { ok: false, reason: 'invalid' };

// scrypt is deliberately slow; successful checks are remembered briefly, keyed by a digest of the header.
const CACHE_TTL_MS = 5 * 60 * 1000;

export class Authenticator {
  private readonly cache = new Map<string, { user: AuthUser; expires: number }>();

  constructor(
    private readonly db: Database,
    private readonly tokens: OAuthTokenStore | null = null,
  ) {}

  async authenticate(header: string | undefined): Promise<AuthUser | null> {
    const outcome = await this.verify(header);
    return outcome.ok ? outcome.user : null;
  }

  async verify(header: string | undefined): Promise<AuthOutcome> {
    if (!header) return INVALID;
    const match = /^(Basic|Bearer)\s+(\S+)\s*$/i.exec(header);
    if (!match) return INVALID;
    const bearer = match[1].toLowerCase() === 'bearer';
    // OAuth access tokens expire: never served from the cache.
    if (bearer && this.tokens && !match[2].startsWith('API_')) {
      const username = this.tokens.accessTokenUser(match[2]);
      const user = username ? this.principal(username) : null;
      return user ? { ok: true, user } : INVALID;
    }
    const digest = createHash('sha256').update(header).digest('base64');
    const cached = this.cache.get(digest);
    if (cached && cached.expires > Date.now()) return { ok: true, user: cached.user };
    const outcome = bearer ? await this.checkApiKey(match[2]) : await this.checkBasic(match[2]);
    if (outcome.ok) this.cache.set(digest, { user: outcome.user, expires: Date.now() + CACHE_TTL_MS });
    return outcome;
  }

  /** The sign-in page's check: a TOTP code completes a password on accounts that need one. */
  async signIn(accountName: string, secret: string, mfaToken?: string): Promise<AuthOutcome> {
    const username = accountName.trim().toLowerCase();
    const outcome = await this.checkSecret(username, secret);
    if (outcome.ok || outcome.reason !== 'mfaRequired' || mfaToken === undefined) return outcome;
    return verifyTotp(this.db, username, mfaToken.trim()) ? this.found(username) : INVALID;
  }

  private async checkBasic(encoded: string): Promise<AuthOutcome> {
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return INVALID;
    return this.checkSecret(decoded.slice(0, colon).trim().toLowerCase(), decoded.slice(colon + 1));
  }

  /** A password, or an app password (which skips the second factor). */
  private async checkSecret(username: string, secret: string): Promise<AuthOutcome> {
    const app = parseAppPassword(secret);
    if (app) {
      const row = this.db.prepare('SELECT username, salt, hash FROM app_passwords WHERE credential_id = ?').get(app.credentialId) as SecretRow | undefined;
      if (row && row.username === username && (await verifySecret(app.secret, row))) return this.found(username);
    }
    const row = this.db.prepare("SELECT username, salt, hash FROM secrets WHERE key_id = ? AND kind = 'password'").get(`password:${username}`) as
      | SecretRow
      | undefined;
    if (!row || !(await verifySecret(secret, row))) return INVALID;
    if (hasTotp(this.db, row.username)) return { ok: false, reason: 'mfaRequired' };
    return this.found(row.username);
  }

  private async checkApiKey(token: string): Promise<AuthOutcome> {
    const key = parseApiKey(token);
    if (!key) return INVALID;
    const row = this.db.prepare("SELECT username, salt, hash FROM secrets WHERE key_id = ? AND kind = 'apiKey'").get(apiKeySecretId(key.accountNumber, key.credentialId)) as
      | SecretRow
      | undefined;
    if (!row || !(await verifySecret(key.secret, row))) return INVALID;
    return this.found(row.username);
  }

  private found(username: string): AuthOutcome {
    const user = this.principal(username);
    return user ? { ok: true, user } : INVALID;
  }

  principal(username: string): AuthUser | null {
    const row = this.db.prepare('SELECT username, account_id, role FROM principals WHERE username = ?').get(username) as PrincipalRow | undefined;
    if (!row) return null;
    return { username: row.username, accountId: row.account_id, permissions: rolePermissions(row.role) };
  }
}
