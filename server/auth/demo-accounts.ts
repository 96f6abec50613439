// The sandbox's demo principals: fixed passwords, a fresh API key per start, and the account
// with two-factor authentication (TOTP secret kept per database, a fresh app password per start).
import type { Database } from 'better-sqlite3';
import { apiKeySecretId, generateApiKey, generateAppPassword, hashSecret } from './credentials';
import type { Role } from './permissions';
import { ensureTotpSecret, initSecondFactorTables } from './second-factor';

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  accountId: string;
  /** The account id as the u32 the server encodes in API keys. */
  accountNumber: number;
  /** Signs in with a TOTP code besides the password. */
  totp?: boolean;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', password: 'admin', role: 'admin', accountId: 'b', accountNumber: 1 },
  { username: 'support', password: 'support', role: 'support', accountId: 'c', accountNumber: 2 },
  { username: 'viewer', password: 'viewer', role: 'viewer', accountId: 'd', accountNumber: 3 },
  { username: 'mfa', password: 'mfa', role: 'admin', accountId: 'e', accountNumber: 4, totp: true },
];

/** The credential ids of the demo API keys and app passwords (unique per secret kind). */
const API_KEY_CREDENTIAL = 1;
const appPasswordCredential = (account: DemoAccount) => 1000 + account.accountNumber;

export interface DemoCredentials {
  /** API keys by username, new on every start. */
  apiKeys: Record<string, string>;
  /** App passwords by username (accounts with TOTP), new on every start. */
  appPasswords: Record<string, string>;
  /** otpauth:// URIs by username (accounts with TOTP). */
  totpUris: Record<string, string>;
}

/**
 * Ensures the demo principals exist with their demo passwords, and replaces their API keys and
 * app passwords with new ones, shown once at start (only hashes are stored).
 */
export async function installDemoAccounts(db: Database): Promise<DemoCredentials> {
  initSecondFactorTables(db);
  const out: DemoCredentials = { apiKeys: {}, appPasswords: {}, totpUris: {} };
  type Hashed = { salt: string; hash: string };
  const prepared: { account: DemoAccount; password: Hashed; key: Hashed; app: Hashed | null }[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const apiKey = generateApiKey(account.accountNumber, API_KEY_CREDENTIAL);
    out.apiKeys[account.username] = apiKey.token;
    const appPassword = account.totp ? generateAppPassword(appPasswordCredential(account)) : null;
    if (appPassword) out.appPasswords[account.username] = appPassword.token;
    prepared.push({
      account,
      password: await hashSecret(account.password),
      key: await hashSecret(apiKey.secret),
      app: appPassword ? await hashSecret(appPassword.secret) : null,
    });
  }
  db.transaction(() => {
    for (const { account, password, key, app } of prepared) {
      db.prepare(
        `INSERT INTO principals (username, account_id, role) VALUES (?, ?, ?)
         ON CONFLICT (username) DO UPDATE SET account_id = excluded.account_id, role = excluded.role`,
      ).run(account.username, account.accountId, account.role);
      db.prepare('DELETE FROM secrets WHERE username = ?').run(account.username);
      db.prepare('DELETE FROM app_passwords WHERE username = ?').run(account.username);
      db.prepare("INSERT INTO secrets (key_id, username, kind, salt, hash) VALUES (?, ?, 'password', ?, ?)").run(
        `password:${account.username}`,
        account.username,
        password.salt,
        password.hash,
      );
      db.prepare("INSERT INTO secrets (key_id, username, kind, salt, hash) VALUES (?, ?, 'apiKey', ?, ?)").run(
        apiKeySecretId(account.accountNumber, API_KEY_CREDENTIAL),
        account.username,
        key.salt,
        key.hash,
      );
      if (app) {
        db.prepare('INSERT INTO app_passwords (credential_id, username, salt, hash) VALUES (?, ?, ?, ?)').run(
          appPasswordCredential(account),
          account.username,
          app.salt,
          app.hash,
        );
      }
      if (account.totp) out.totpUris[account.username] = ensureTotpSecret(db, account.username);
    }
  })();
  return out;
}

