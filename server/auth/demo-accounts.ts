// The sandbox's demo principals: fixed passwords, and a fresh API key per start.
import type { Database } from 'better-sqlite3';
import { generateApiKey, hashSecret } from './credentials';
import type { Role } from './permissions';

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  accountId: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', password: 'admin', role: 'admin', accountId: 'b' },
  { username: 'support', password: 'support', role: 'support', accountId: 'c' },
  { username: 'viewer', password: 'viewer', role: 'viewer', accountId: 'd' },
];

/**
 * Ensures the demo principals exist with their demo passwords, and replaces their API keys
 * with new ones. Returns the new keys (shown once at start; only hashes are stored).
 */
export async function installDemoAccounts(db: Database): Promise<Record<string, string>> {
  const keys: Record<string, string> = {};
  const prepared: { account: DemoAccount; password: { salt: string; hash: string }; keyId: string; key: { salt: string; hash: string } }[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const apiKey = generateApiKey();
    keys[account.username] = apiKey.token;
    prepared.push({ account, password: await hashSecret(account.password), keyId: apiKey.keyId, key: await hashSecret(apiKey.secret) });
  }
  db.transaction(() => {
    for (const { account, password, keyId, key } of prepared) {
      db.prepare(
        `INSERT INTO principals (username, account_id, role) VALUES (?, ?, ?)
         ON CONFLICT (username) DO UPDATE SET account_id = excluded.account_id, role = excluded.role`,
      ).run(account.username, account.accountId, account.role);
      db.prepare('DELETE FROM secrets WHERE username = ?').run(account.username);
      db.prepare("INSERT INTO secrets (key_id, username, kind, salt, hash) VALUES (?, ?, 'password', ?, ?)").run(
        `password:${account.username}`,
        account.username,
        password.salt,
        password.hash,
      );
      db.prepare("INSERT INTO secrets (key_id, username, kind, salt, hash) VALUES (?, ?, 'apiKey', ?, ?)").run(
        keyId,
        account.username,
        key.salt,
        key.hash,
      );
    }
  })();
  return keys;
}
