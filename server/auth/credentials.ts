// Secret hashing with scrypt (only salts and hashes of passwords and keys are stored), and the
// server's credential formats: API keys `API_` + base64url(accountId u32, credentialId u32,
// 20 random bytes) and app passwords `app_` + base32(credentialId u32, 18 random bytes).
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { Secret } from 'otpauth';

const KEY_LENGTH = 32;

function scryptAsync(secret: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_LENGTH, { N: 16384, r: 8, p: 1 }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export async function hashSecret(secret: string): Promise<{ salt: string; hash: string }> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(secret, salt);
  return { salt: salt.toString('base64'), hash: hash.toString('base64') };
}

export async function verifySecret(secret: string, stored: { salt: string; hash: string }): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await scryptAsync(secret, Buffer.from(stored.salt, 'base64'));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export interface ParsedApiKey {
  accountNumber: number;
  credentialId: number;
  /** The random part, base64url: what is hashed and stored. */
  secret: string;
}

export function generateApiKey(accountNumber: number, credentialId: number): { token: string; secret: string } {
  const secret = randomBytes(20);
  const bytes = Buffer.alloc(28);
  bytes.writeUInt32BE(accountNumber, 0);
  bytes.writeUInt32BE(credentialId, 4);
  secret.copy(bytes, 8);
  return { token: `API_${bytes.toString('base64url')}`, secret: secret.toString('base64url') };
}

export function parseApiKey(token: string): ParsedApiKey | null {
  if (!token.startsWith('API_') || !/^[A-Za-z0-9_-]+$/.test(token.slice(4))) return null;
  const bytes = Buffer.from(token.slice(4), 'base64url');
  if (bytes.length !== 28) return null;
  return { accountNumber: bytes.readUInt32BE(0), credentialId: bytes.readUInt32BE(4), secret: bytes.subarray(8).toString('base64url') };
}

export function generateAppPassword(credentialId: number): { token: string; secret: string } {
  const secret = randomBytes(18);
  const bytes = Buffer.alloc(22);
  bytes.writeUInt32BE(credentialId, 0);
  secret.copy(bytes, 4);
  const encoded = new Secret({ buffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) }).base32;
  return { token: `app_${encoded.replace(/=+$/, '').toLowerCase()}`, secret: secret.toString('base64url') };
}

export function parseAppPassword(token: string): { credentialId: number; secret: string } | null {
  if (!/^app_[a-z2-7]+$/.test(token)) return null;
  let bytes: Buffer;
  try {
    bytes = Buffer.from(Secret.fromBase32(token.slice(4).toUpperCase()).bytes);
  } catch {
    return null;
  }
  if (bytes.length !== 22) return null;
  return { credentialId: bytes.readUInt32BE(0), secret: bytes.subarray(4).toString('base64url') };
}

/** Row id of an API key's hash in the secrets table. */
export function apiKeySecretId(accountNumber: number, credentialId: number): string {
  return `api:${accountNumber}:${credentialId}`;
}
