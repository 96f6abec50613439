// Resolves credentials to a principal: Basic (password or app password), Bearer (API key or an
// OAuth access token), and the sign-in form's username, password and TOTP code. Unknown users and
// key ids cost a hash against a dummy secret, like a wrong password; hashing runs through a
// bounded queue; verified headers are remembered briefly, keyed by a digest of the header.
import type { Database } from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import type { AuthUser } from '../jmap/method-types';
import { apiKeySecretId, hashSecret, parseApiKey, parseAppPassword, verifySecret } from './credentials';
import { HashQueue, QUEUE_FULL } from './hash-queue';
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

/**
 * user: signed in. failed: a credential that did not verify (counts towards the ban; `login` is
 * the user name, null for a bearer token). mfaRequired: the password was right but the account
 * also needs a TOTP code. malformed: not a credential at all (no count). busy: too many sign-ins
 * are already hashing.
 */
export type SignInResult =
  | { kind: 'user'; user: AuthUser }
  | { kind: 'failed'; login: string | null }
  | { kind: 'mfaRequired' }
  | { kind: 'malformed' }
  | { kind: 'busy' };

export interface AuthenticatorOptions {
  hashQueue?: HashQueue;
  /** The secret check (scrypt); replaceable so tests can watch it run. */
  verify?: typeof verifySecret;
  /** OAuth access tokens accepted as Bearer credentials. */
  tokens?: OAuthTokenStore | null;
}

// scrypt is deliberately slow; successful checks are remembered briefly, keyed by a digest of the header.
const CACHE_TTL_MS = 5 * 60 * 1000;
const CACHE_MAX = 10_000;

export class Authenticator {
  private readonly cache = new Map<string, { user: AuthUser; expires: number }>();
  private readonly queue: HashQueue;
  private readonly verify: typeof verifySecret;
  private readonly tokens: OAuthTokenStore | null;
  /** What an unknown user's or key's secret is checked against, so that the miss costs a full hash. */
  private readonly dummy: Promise<{ salt: string; hash: string }>;

  constructor(
    private readonly db: Database,
    options: AuthenticatorOptions = {},
  ) {
    this.queue = options.hashQueue ?? new HashQueue();
    this.verify = options.verify ?? verifySecret;
    this.tokens = options.tokens ?? null;
    this.dummy = hashSecret(randomBytes(24).toString('base64'));
  }

  async authenticate(header: string | undefined): Promise<AuthUser | null> {
    const result = await this.signIn(header);
    return result.kind === 'user' ? result.user : null;
  }

  /** Checks an Authorization header. */
  async signIn(header: string | undefined): Promise<SignInResult> {
    if (!header) return { kind: 'malformed' };
    const match = /^(Basic|Bearer)\s+(\S+)\s*$/i.exec(header);
    if (!match) return { kind: 'malformed' };
    const bearer = match[1].toLowerCase() === 'bearer';
    // OAuth access tokens expire: never served from the cache, and no hash to run.
    if (bearer && this.tokens && !match[2].startsWith('API_')) {
      const username = this.tokens.accessTokenUser(match[2]);
      const user = username ? this.principal(username) : null;
      return user ? { kind: 'user', user } : { kind: 'failed', login: null };
    }
    const digest = createHash('sha256').update(header).digest('base64');
    const cached = this.cache.get(digest);
    if (cached && cached.expires > Date.now()) return { kind: 'user', user: cached.user };
    const result = bearer ? await this.checkApiKey(match[2]) : await this.checkBasic(match[2]);
    if (result.kind === 'user') {
      if (this.cache.size >= CACHE_MAX) this.cache.clear();
      this.cache.set(digest, { user: result.user, expires: Date.now() + CACHE_TTL_MS });
    }
    return result;
  }

  /** The sign-in page's check: a TOTP code completes a password on accounts that need one. */
  async signInForm(accountName: string, secret: string, mfaToken?: string): Promise<SignInResult> {
    const username = accountName.trim().toLowerCase();
    const result = await this.checkSecret(username, secret);
    if (result.kind !== 'mfaRequired' || mfaToken === undefined) return result;
    return verifyTotp(this.db, username, mfaToken.trim()) ? this.found(username, username) : { kind: 'failed', login: username };
  }

  private async checkBasic(encoded: string): Promise<SignInResult> {
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return { kind: 'malformed' };
    return this.checkSecret(decoded.slice(0, colon).trim().toLowerCase(), decoded.slice(colon + 1));
  }

  /** A password, or an app password (which skips the second factor). */
  private async checkSecret(username: string, secret: string): Promise<SignInResult> {
    const app = parseAppPassword(secret);
    if (app) {
      const row = this.db.prepare('SELECT username, salt, hash FROM app_passwords WHERE credential_id = ?').get(app.credentialId) as SecretRow | undefined;
      const ok = await this.hashed(row && row.username === username ? row : undefined, app.secret);
      if (ok === QUEUE_FULL) return { kind: 'busy' };
      if (ok) return this.found(username, username);
    }
    const row = this.db.prepare("SELECT username, salt, hash FROM secrets WHERE key_id = ? AND kind = 'password'").get(`password:${username}`) as
      | SecretRow
      | undefined;
    const ok = await this.hashed(row, secret);
    if (ok === QUEUE_FULL) return { kind: 'busy' };
    if (!ok || !row) return { kind: 'failed', login: username };
    if (hasTotp(this.db, row.username)) return { kind: 'mfaRequired' };
    return this.found(row.username, username);
  }

  private async checkApiKey(token: string): Promise<SignInResult> {
    const key = parseApiKey(token);
    if (!key) return { kind: 'failed', login: null };
    const row = this.db.prepare("SELECT username, salt, hash FROM secrets WHERE key_id = ? AND kind = 'apiKey'").get(apiKeySecretId(key.accountNumber, key.credentialId)) as
      | SecretRow
      | undefined;
    const ok = await this.hashed(row, key.secret);
    if (ok === QUEUE_FULL) return { kind: 'busy' };
    return ok && row ? this.found(row.username, null) : { kind: 'failed', login: null };
  }

  /** Runs the hash through the bounded queue; a missing row is checked against the dummy secret. */
  private async hashed(row: SecretRow | undefined, secret: string): Promise<boolean | typeof QUEUE_FULL> {
    const stored = row ?? (await this.dummy);
    const ok = await this.queue.run(() => this.verify(secret, stored));
    return ok === QUEUE_FULL ? ok : ok && row !== undefined;
  }

  private found(username: string, login: string | null): SignInResult {
    const user = this.principal(username);
    return user ? { kind: 'user', user } : { kind: 'failed', login };
  }

  principal(username: string): AuthUser | null {
    const row = this.db.prepare('SELECT username, account_id, role FROM principals WHERE username = ?').get(username) as PrincipalRow | undefined;
    if (!row) return null;
    return { username: row.username, accountId: row.account_id, permissions: rolePermissions(row.role) };
  }
}
