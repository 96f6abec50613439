// Resolves an Authorization header (Basic or Bearer API key) to a principal. Unknown users and
// key ids cost a hash against a dummy secret, like a wrong password; hashing runs through a
// bounded queue; verified headers are remembered briefly, keyed by a digest of the header.
import type { Database } from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import type { AuthUser } from '../jmap/method-types';
import { hashSecret, parseApiKey, verifySecret } from './credentials';
import { HashQueue, QUEUE_FULL } from './hash-queue';
import { rolePermissions, type Role } from './permissions';

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
 * the Basic user name, null for a bearer token). malformed: not a credential at all (no count).
 * busy: too many sign-ins are already hashing.
 */
export type SignInResult =
  | { kind: 'user'; user: AuthUser }
  | { kind: 'failed'; login: string | null }
  | { kind: 'malformed' }
  | { kind: 'busy' };

export interface AuthenticatorOptions {
  hashQueue?: HashQueue;
  /** The secret check (scrypt); replaceable so tests can watch it run. */
  verify?: typeof verifySecret;
}

// scrypt is deliberately slow; successful checks are remembered briefly, keyed by a digest of the header.
const CACHE_TTL_MS = 5 * 60 * 1000;
const CACHE_MAX = 10_000;

export class Authenticator {
  private readonly cache = new Map<string, { user: AuthUser; expires: number }>();
  private readonly queue: HashQueue;
  private readonly verify: typeof verifySecret;
  /** What an unknown user's or key's secret is checked against, so that the miss costs a full hash. */
  private readonly dummy: Promise<{ salt: string; hash: string }>;

  constructor(
    private readonly db: Database,
    options: AuthenticatorOptions = {},
  ) {
    this.queue = options.hashQueue ?? new HashQueue();
    this.verify = options.verify ?? verifySecret;
    this.dummy = hashSecret(randomBytes(24).toString('base64'));
  }

  async authenticate(header: string | undefined): Promise<AuthUser | null> {
    const result = await this.signIn(header);
    return result.kind === 'user' ? result.user : null;
  }

  async signIn(header: string | undefined): Promise<SignInResult> {
    if (!header) return { kind: 'malformed' };
    const digest = createHash('sha256').update(header).digest('base64');
    const cached = this.cache.get(digest);
    if (cached && cached.expires > Date.now()) return { kind: 'user', user: cached.user };
    const result = await this.check(header);
    if (result.kind === 'user') {
      if (this.cache.size >= CACHE_MAX) this.cache.clear();
      this.cache.set(digest, { user: result.user, expires: Date.now() + CACHE_TTL_MS });
    }
    return result;
  }

  private async check(header: string): Promise<SignInResult> {
    const match = /^(Basic|Bearer)\s+(\S+)\s*$/i.exec(header);
    if (!match) return { kind: 'malformed' };
    if (match[1].toLowerCase() === 'basic') {
      const decoded = Buffer.from(match[2], 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) return { kind: 'malformed' };
      const username = decoded.slice(0, colon);
      const row = this.db.prepare("SELECT username, salt, hash FROM secrets WHERE key_id = ? AND kind = 'password'").get(`password:${username}`) as
        | SecretRow
        | undefined;
      return this.verified(row, decoded.slice(colon + 1), username.trim().toLowerCase());
    }
    const key = parseApiKey(match[2]);
    if (!key) return { kind: 'failed', login: null };
    const row = this.db.prepare("SELECT username, salt, hash FROM secrets WHERE key_id = ? AND kind = 'apiKey'").get(key.keyId) as SecretRow | undefined;
    return this.verified(row, key.secret, null);
  }

  private async verified(row: SecretRow | undefined, secret: string, login: string | null): Promise<SignInResult> {
    const stored = row ?? (await this.dummy);
    const ok = await this.queue.run(() => this.verify(secret, stored));
    if (ok === QUEUE_FULL) return { kind: 'busy' };
    const user = ok && row ? this.principal(row.username) : null;
    return user ? { kind: 'user', user } : { kind: 'failed', login };
  }

  private principal(username: string): AuthUser | null {
    const row = this.db.prepare('SELECT username, account_id, role FROM principals WHERE username = ?').get(username) as PrincipalRow | undefined;
    if (!row) return null;
    return { username: row.username, accountId: row.account_id, permissions: rolePermissions(row.role) };
  }
}
