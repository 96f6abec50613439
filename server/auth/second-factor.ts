// Time-based one-time passwords (RFC 6238, through otpauth) and app passwords. An account with
// a TOTP secret needs a code with its password; app passwords skip that, as on the real server.
import type { Database } from 'better-sqlite3';
import { Secret, TOTP } from 'otpauth';

export function initSecondFactorTables(db: Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS totp_secrets (
      username TEXT PRIMARY KEY REFERENCES principals (username),
      secret TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS app_passwords (
      credential_id INTEGER PRIMARY KEY,
      username TEXT NOT NULL REFERENCES principals (username),
      salt TEXT NOT NULL,
      hash TEXT NOT NULL
    );
  `);
}

function totpFor(username: string, base32: string): TOTP {
  return new TOTP({ issuer: 'Postmaster sandbox', label: username, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(base32) });
}

/** Keeps the account's TOTP secret (made once per database) and returns its otpauth:// URI. */
export function ensureTotpSecret(db: Database, username: string): string {
  const row = db.prepare('SELECT secret FROM totp_secrets WHERE username = ?').get(username) as { secret: string } | undefined;
  const secret = row?.secret ?? new Secret({ size: 20 }).base32;
  if (!row) db.prepare('INSERT INTO totp_secrets (username, secret) VALUES (?, ?)').run(username, secret);
  return totpFor(username, secret).toString();
}

export function hasTotp(db: Database, username: string): boolean {
  return db.prepare('SELECT 1 FROM totp_secrets WHERE username = ?').get(username) !== undefined;
}

/** Accepts the current code and the ones of the neighbouring 30-second steps (clock drift). */
export function verifyTotp(db: Database, username: string, code: string): boolean {
  const row = db.prepare('SELECT secret FROM totp_secrets WHERE username = ?').get(username) as { secret: string } | undefined;
  if (!row || !/^\d{6}$/.test(code)) return false;
  return totpFor(username, row.secret).validate({ token: code, window: 1 }) !== null;
}
