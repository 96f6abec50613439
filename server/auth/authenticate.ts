// Resolves an Authorization header (Basic or Bearer API key) to a principal.
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { AuthUser } from '../jmap/method-types';
import { parseApiKey, verifySecret } from './credentials';
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

// scrypt is deliberately slow; successful checks are remembered briefly, keyed by a digest of the header.
const CACHE_TTL_MS = 5 * 60 * 1000;

export class Authenticator {
  private readonly cache = new Map<string, { user: AuthUser; expires: number }>();

  constructor(private readonly db: Database) {}

  async authenticate(header: string | undefined): Promise<AuthUser | null> {
    if (!header) return null;
    const digest = createHash('sha256').update(header).digest('base64');
    const cached = this.cache.get(digest);
    if (cached && cached.expires > Date.now()) return cached.user;
    const user = await this.check(header);
    if (user) this.cache.set(digest, { user, expires: Date.now() + CACHE_TTL_MS });
    return user;
  }

  private async check(header: string): Promise<AuthUser | null> {
    const match = /^(Basic|Bearer)\s+(\S+)\s*$/i.exec(header);
    if (!match) return null;
    if (match[1].toLowerCase() === 'basic') {
      const decoded = Buffer.from(match[2], 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) return null;
      const username = decoded.slice(0, colon);
      const row = this.db.prepare("SELECT username, salt, hash FROM secrets WHERE key_id = ? AND kind = 'password'").get(`password:${username}`) as
        | SecretRow
        | undefined;
      if (!row || !(await verifySecret(decoded.slice(colon + 1), row))) return null;
      return this.principal(row.username);
    }
    const key = parseApiKey(match[2]);
    if (!key) return null;
    const row = this.db.prepare("SELECT username, salt, hash FROM secrets WHERE key_id = ? AND kind = 'apiKey'").get(key.keyId) as SecretRow | undefined;
    if (!row || !(await verifySecret(key.secret, row))) return null;
    return this.principal(row.username);
  }

  private principal(username: string): AuthUser | null {
    const row = this.db.prepare('SELECT username, account_id, role FROM principals WHERE username = ?').get(username) as PrincipalRow | undefined;
    if (!row) return null;
    return { username: row.username, accountId: row.account_id, permissions: rolePermissions(row.role) };
  }
}
