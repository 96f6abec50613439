// Secret hashing with scrypt; only salts and hashes are ever stored.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

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

/** A new API key: a public lookup id plus a random secret, as one opaque token. */
export function generateApiKey(): { keyId: string; token: string; secret: string } {
  const keyId = randomBytes(6).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  return { keyId, secret, token: `pmk_${keyId}_${secret}` };
}

export function parseApiKey(token: string): { keyId: string; secret: string } | null {
  const match = /^pmk_([0-9a-f]{12})_([A-Za-z0-9_-]{32})$/.exec(token);
  return match ? { keyId: match[1], secret: match[2] } : null;
}
